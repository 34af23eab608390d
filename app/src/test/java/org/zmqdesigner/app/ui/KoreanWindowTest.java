package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.diagnostics.DiagnosticsView;
import org.zmqdesigner.engine.text.Language;
import org.zmqdesigner.engine.text.Texts;

/** A designer started on a Korean system: Korean from its first word, menus from the Korean bundle. */
class KoreanWindowTest extends DesignerUiTest {

    @Override
    protected Optional<Path> initialFile() {
        return Optional.of(sample("pipeline"));
    }

    @Start
    void start(Stage stage) throws Exception {
        Language.set(Language.KOREAN);
        open(stage);
        window.canvas().fitToView();
    }

    @AfterEach
    void backToEnglish() {
        Language.set(Language.ENGLISH);
    }

    @Test
    void a_window_opened_in_korean_has_the_korean_bundles_menus_and_words(FxRobot robot) throws Exception {
        this.robot = robot;
        assertThat(LanguageTest.menuTexts(robot)).containsExactlyElementsOf(LanguageTest.bundleMenus(Language.KOREAN))
                .doesNotContainAnyElementsOf(LanguageTest.bundleMenus(Language.ENGLISH));
        assertThat(robot.lookup("#run-start").queryAs(Button.class).getAccessibleText()).isEqualTo("실행 (F5)");
        assertThat(robot.lookup("#status-counts").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("노드 ").contains("링크 ").contains("오류 ").contains("경고 ");
        assertThat(robot.lookup(Texts.of(DiagnosticsView.class).in(Language.KOREAN, "none")).tryQuery())
                .as("the Problems tab's empty text").isPresent();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertThat(fx(() -> bar.getMenus().get(2).getItems().stream()
                .filter(i -> "menu-language".equals(i.getId())).map(i -> (Menu) i).findFirst().orElseThrow()
                .getItems().stream().filter(i -> ((RadioMenuItem) i).isSelected()).map(MenuItem::getText).toList()))
                .as("View → Language has Korean checked").containsExactly("한국어");
        LanguageTest.snap(window, robot, "window-ko.png");
    }

}
