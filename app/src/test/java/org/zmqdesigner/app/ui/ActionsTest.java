package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.actions.Action;
import org.zmqdesigner.app.palette.PaletteEntry;

/** Menus, toolbar, context menus and shortcuts come from one registry, and the promised keys work. */
class ActionsTest extends DesignerUiTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void f5_runs_f10_steps_and_shift_f5_stops(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openFile(sample("hello-reqrep")));
        robot.clickOn("#canvas");

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.runs().runningProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.runs().run()
                .map(r -> r.report().nodes().get("client").sent() >= 1).orElse(false));

        robot.type(KeyCode.F10);
        assertThat(window.runs().pausedProperty().get()).as("F10 steps, which pauses first").isTrue();
        assertThat(status()).startsWith("Paused; stepped one message from hwclient");

        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.runs().runningProperty().get()
                && !window.runs().busyProperty().get());
        assertThat(status()).startsWith("Stopped after");
    }

    @Test
    void ctrl_shift_o_opens_the_sample_gallery(FxRobot robot) throws Exception {
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);

        await("the sample gallery", () -> robot.lookup("#sample-gallery").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        await("the gallery closed", () -> robot.lookup("#sample-gallery").tryQuery().isEmpty());
    }

    @Test
    void help_lists_every_shortcut_from_the_registry_and_the_toolbar_names_the_same_keys(FxRobot robot)
            throws Exception {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        assertThat(help.getText()).isEqualTo("_Help");
        assertThat(help.getItems()).extracting(MenuItem::getId).contains("menu-shortcuts");
        robot.clickOn("#canvas");
        robot.type(KeyCode.F1);
        await("the shortcuts window", () -> robot.lookup("#shortcuts-table").tryQuery().isPresent());

        List<Action> withKeys = window.actions().withShortcuts();
        for (Action action : withKeys) {
            Label keys = robot.lookup("#shortcut-" + action.id()).queryAs(Label.class);
            assertThat(keys.getText()).as("keys of %s", action.id()).isEqualTo(action.shortcutText());
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) robot.from(keys).lookup(".text").query();
            assertThat(drawn.getText()).as("keys of %s as drawn, not cut off", action.id())
                    .isEqualTo(action.shortcutText());
        }
        assertThat(withKeys).extracting(Action::id).contains("run-start", "run-stop", "run-step", "open-sample",
                "new", "open", "save", "save-as", "undo", "redo", "copy", "paste", "duplicate", "delete", "fit");
        assertThat(robot.lookup("#shortcut-run-start").queryAs(Label.class).getText()).isEqualTo("F5");
        assertThat(robot.lookup("#shortcut-run-stop").queryAs(Label.class).getText()).isEqualTo("Shift+F5");
        assertThat(robot.lookup("#shortcut-run-step").queryAs(Label.class).getText()).isEqualTo("F10");
        assertThat(robot.lookup("#shortcut-open-sample").queryAs(Label.class).getText()).isEqualTo("Ctrl+Shift+O");

        // The words a toolbar button's tooltip shows on hover (HoverTooltipsTest) and a screen reader says.
        assertThat(robot.lookup("#run-start").queryAs(Button.class).getAccessibleText()).isEqualTo("Run (F5)");
        assertThat(robot.lookup("#run-stop").queryAs(Button.class).getAccessibleText()).isEqualTo("Stop (Shift+F5)");
        assertThat(robot.lookup("#run-step").queryAs(Button.class).getAccessibleText()).endsWith("(F10)");
        robot.clickOn((Button b) -> "Close".equals(b.getText()));
    }

    @Test
    void a_nodes_context_menu_is_made_of_the_registrys_actions_and_they_work(FxRobot robot) throws Exception {
        robot.interact(() -> window.add(PaletteEntry.PUB, new javafx.geometry.Point2D(100, 100)));
        String id = topology().nodes().get(0).id();

        requestContextMenu("#node-" + id);
        ContextMenu menu = openMenu();
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly(
                window.actions().get("rename").textProperty().get(),
                window.actions().get("duplicate").textProperty().get(),
                window.actions().get("copy").textProperty().get(),
                window.actions().get("delete").textProperty().get());
        MenuItem duplicate = menu.getItems().get(1);
        robot.interact(duplicate::fire);
        assertThat(topology().nodes()).hasSize(2);
        robot.interact(menu::hide);
    }

    private static ContextMenu openMenu() throws Exception {
        await("a context menu", () -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu c
                && c.isShowing()));
        return (ContextMenu) Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && c.isShowing())
                .findFirst().orElseThrow();
    }
}
