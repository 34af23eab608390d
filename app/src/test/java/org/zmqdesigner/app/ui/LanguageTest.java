package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.actions.MainMenus;
import org.zmqdesigner.app.export.PngExporter;
import org.zmqdesigner.app.settings.LanguageChoice;
import org.zmqdesigner.engine.edit.MoveNodes;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;

/**
 * The designer in Korean: a window opened in Korean shows the Korean bundle's menus, and View →
 * Language switches a live window both ways without touching the design, its undo history,
 * selection, file or a run. Leaves a screenshot of each language in target/screenshots.
 */
class LanguageTest extends DesignerUiTest {

    static final Texts MENUS = Texts.of(MainMenus.class);
    private static final List<String> MENU_KEYS = List.of("menu.file", "menu.edit", "menu.view", "menu.run",
            "menu.help");

    @Override
    protected Optional<Path> initialFile() {
        return Optional.of(sample("pipeline"));
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @AfterEach
    void backToEnglish() {
        Language.set(Language.ENGLISH);
    }

    static List<String> menuTexts(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return fx(() -> bar.getMenus().stream().map(Menu::getText).toList());
    }

    static List<String> bundleMenus(Locale locale) {
        return MENU_KEYS.stream().map(k -> MENUS.in(locale, k)).toList();
    }

    /** The whole window as a PNG in target/screenshots, for a person to look at. */
    static void snap(org.zmqdesigner.app.DesignerWindow window, FxRobot robot, String name) throws Exception {
        screenshot(window, robot, name);
    }

    private void chooseLanguage(FxRobot robot, Locale from, String languageName) {
        Texts window = Texts.of(org.zmqdesigner.app.DesignerApp.class);
        robot.clickOn(plain(MENUS.in(from, "menu.view"))).clickOn(plain(window.in(from, "menu.language")))
                .clickOn(languageName);
    }

    /** A menu's text as drawn: the mnemonic's underscore is not shown. */
    private static String plain(String text) {
        return text.replace("_", "");
    }

    @Test
    void view_language_switches_a_live_window_both_ways_and_keeps_the_design_undo_selection_and_run(FxRobot robot)
            throws Exception {
        this.robot = robot;
        assertThat(menuTexts(robot)).containsExactlyElementsOf(bundleMenus(Language.ENGLISH));
        String first = topology().nodes().get(0).id();
        robot.interact(() -> {
            document().apply(new MoveNodes(java.util.Set.of(first), 40, 0));
            document().selectOnly(first);
        });
        Topology edited = topology();
        Path file = document().fileProperty().get();
        assertThat(file).as("the design's file").isNotNull();
        assertThat(document().canUndoProperty().get()).isTrue();
        snap(window, robot, "window-en.png");
        robot.interact(window.runs()::start);
        waitFor("the run to start", 15, () -> window.runs().runningProperty().get() && !window.runs().busyProperty().get());
        var run = window.runs().run().orElseThrow();

        chooseLanguage(robot, Language.ENGLISH, "한국어");
        waitFor("Korean menus", 5, () -> bundleMenus(Language.KOREAN).equals(
                robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText).toList()));
        assertThat(Language.current()).isEqualTo(Language.KOREAN);
        assertThat(new LanguageChoice(preferences()).saved()).contains(Language.KOREAN);
        assertThat(topology()).isSameAs(edited);
        assertThat(document().selection()).containsExactly(first);
        assertThat(window.runs().run()).as("the run goes on").containsSame(run);
        assertThat(robot.lookup("#run-stop").queryAs(Button.class).isDisabled()).as("Stop still works").isFalse();
        assertThat(robot.lookup("#run-stop").queryAs(Button.class).getAccessibleText()).isEqualTo("정지 (Shift+F5)");
        assertThat(document().fileProperty().get()).isEqualTo(file);
        assertThat(document().isDirty()).isTrue();
        assertThat(window.stage().getTitle()).isEqualTo("ZMQ Designer — " + file.getFileName() + " •");
        robot.interact(window.runs()::stop);
        waitFor("the run to stop", 15, () -> window.runs().run().isEmpty() && !window.runs().busyProperty().get());
        assertThat(document().undoTextProperty().get()).startsWith("실행 취소");

        chooseLanguage(robot, Language.KOREAN, "English");
        waitFor("English menus", 5, () -> bundleMenus(Language.ENGLISH).equals(
                robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText).toList()));
        assertThat(robot.lookup("#run-start").queryAs(Button.class).getAccessibleText()).isEqualTo("Run (F5)");
        assertThat(document().undoTextProperty().get()).startsWith("Undo");
        robot.interact(() -> document().undo());
        assertThat(topology().nodes().get(0).position()).as("the move made before both switches undoes")
                .isNotEqualTo(edited.nodes().get(0).position());
        assertThat(document().canUndoProperty().get()).isFalse();
    }
}
