package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqdesigner.app.palette.PaletteEntry;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;

class EditingTest extends DesignerUiTest {

    @org.testfx.framework.junit5.Start
    void start(javafx.stage.Stage stage) throws Exception {
        open(stage);
    }

    private org.zmqdesigner.engine.model.Node addFromPalette(FxRobot robot, PaletteEntry entry) {
        int before = topology().nodes().size();
        Node row = robot.lookup("#palette-" + entry.name()).query();
        robot.interact(row::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topology().nodes()).as("a node was added for %s", entry).hasSize(before + 1);
        return topology().nodes().get(before);
    }

    @Test
    void every_palette_entry_creates_its_socket_or_device(FxRobot robot) {
        for (PaletteEntry entry : PaletteEntry.values()) {
            org.zmqdesigner.engine.model.Node node = addFromPalette(robot, entry);
            assertThat(node.kind()).isEqualTo(entry.kind());
            if (!entry.isDevice()) {
                assertThat(node.sockets()).extracting(Socket::type).contains(entry.colourType());
            } else {
                assertThat(node.sockets()).extracting(Socket::id).contains(NodeKind.FRONTEND, NodeKind.BACKEND);
            }
            assertThat(robot.lookup("#node-" + node.id()).tryQuery()).as("view of %s", node.id()).isPresent();
        }
        assertThat(topology().nodes().stream().flatMap(n -> n.sockets().stream()).map(Socket::type).distinct())
                .containsExactlyInAnyOrder(SocketType.values());
    }

    /** The bar counted on the topology's change, before the new findings were in: one edit behind. */
    @Test
    void the_status_counts_show_the_findings_of_the_edit_just_made(FxRobot robot) {
        org.zmqdesigner.engine.model.Node sub = addFromPalette(robot, PaletteEntry.SUB);
        Socket socket = sub.sockets().get(0);
        robot.interact(() -> document().apply(new org.zmqdesigner.engine.edit.ReplaceNode(sub.id(), sub.withSocket(
                socket.id(), socket.withOptions(socket.options().withSubscribe(List.of()))), "Unsubscribe")));

        long warnings = document().diagnosticsProperty().get().stream()
                .filter(d -> d.severity() == org.zmqdesigner.engine.validate.Severity.WARNING).count();
        assertThat(warnings).as("a SUB without a subscription is warned about").isPositive();
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText())
                .isEqualTo("1 node · 0 links · 0 errors · " + warnings + (warnings == 1 ? " warning" : " warnings"));
    }

    @Test
    void a_node_double_clicked_in_the_palette_lands_on_the_canvas_and_is_selected(FxRobot robot) {
        robot.doubleClickOn("#palette-PUB");

        assertThat(topology().nodes()).hasSize(1);
        String id = topology().nodes().get(0).id();
        assertThat(document().selection()).containsExactly(id);
        assertThat(robot.lookup("#node-" + id).tryQuery()).isPresent();
    }

    /**
     * Monocle's headless platform has no system drag-and-drop (its glass clipboard for drops is
     * missing), so this test drops through the same handler the canvas's DRAG_DROPPED event uses.
     */
    @Test
    void a_palette_entry_dropped_on_the_canvas_is_created_where_it_was_dropped(FxRobot robot) {
        robot.interact(() -> window.canvas().dropPaletteEntry("SUB", 400, 300));

        assertThat(topology().nodes()).hasSize(1);
        var node = topology().nodes().get(0);
        assertThat(node.sockets().get(0).type()).isEqualTo(SocketType.SUB);
        var expected = window.canvas().toCanvas(400, 300);
        assertThat(node.position().x()).isCloseTo(expected.getX(), org.assertj.core.data.Offset.offset(10.0));
        assertThat(node.position().y()).isCloseTo(expected.getY(), org.assertj.core.data.Offset.offset(10.0));
    }

    @Test
    void dragging_from_a_port_to_a_compatible_socket_links_them_with_the_chosen_side_binding(FxRobot robot) {
        var client = addFromPalette(robot, PaletteEntry.REQ);
        var server = addFromPalette(robot, PaletteEntry.REP);
        robot.interact(() -> document().apply(new org.zmqdesigner.engine.edit.MoveNodes(
                java.util.Set.of(server.id()), 320, 0)));
        SocketRef req = new SocketRef(client.id(), "requester");
        SocketRef rep = new SocketRef(server.id(), "responder");

        Point2D from = port(robot, req, true);
        Point2D to = port(robot, rep, false);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        Node choice = robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().endsWith("(suggested)")).query();
        assertThat(((Labeled) choice).getText()).isEqualTo(rep + " binds, " + req + " connects (suggested)");
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(topology().links()).hasSize(1);
        assertThat(topology().links().get(0).from()).isEqualTo(req);
        assertThat(topology().links().get(0).to()).isEqualTo(rep);
        assertThat(topology().socket(rep).orElseThrow().binds()).containsExactly("tcp://127.0.0.1:5555");
        assertThat(topology().links().get(0).endpoint()).isEqualTo("tcp://localhost:5555");
        assertThat(robot.lookup("#link-" + topology().links().get(0).id()).tryQuery()).isPresent();
    }

    @Test
    void an_incompatible_pair_is_refused_with_the_validators_reason(FxRobot robot) {
        var publisher = addFromPalette(robot, PaletteEntry.PUB);
        var sink = addFromPalette(robot, PaletteEntry.PULL);
        robot.interact(() -> document().apply(new org.zmqdesigner.engine.edit.MoveNodes(
                java.util.Set.of(sink.id()), 320, 0)));

        robot.drag(port(robot, new SocketRef(publisher.id(), "publisher"), true), MouseButton.PRIMARY)
                .dropTo(port(robot, new SocketRef(sink.id(), "receiver"), false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(topology().links()).isEmpty();
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertThat(status).startsWith("Cannot link: A PUB socket cannot talk to a PULL socket")
                .contains("A PUB pairs with SUB or XSUB");
    }

    @Test
    void a_refused_link_is_explained_in_full_beside_the_pointer_until_the_next_gesture(FxRobot robot) {
        var publisher = addFromPalette(robot, PaletteEntry.PUB);
        var sink = addFromPalette(robot, PaletteEntry.PULL);
        robot.interact(() -> document().apply(new org.zmqdesigner.engine.edit.MoveNodes(
                java.util.Set.of(sink.id()), 320, 0)));
        SocketRef from = new SocketRef(publisher.id(), "publisher");
        SocketRef to = new SocketRef(sink.id(), "receiver");
        String reason = org.zmqdesigner.app.commands.LinkPlanner.refusal(topology(), from, to).orElseThrow();

        Point2D drop = port(robot, to, false);
        robot.drag(port(robot, from, true), MouseButton.PRIMARY).dropTo(drop);
        WaitForAsyncUtils.waitForFxEvents();

        Node box = robot.lookup("#link-explanation").query();
        assertThat(box.isVisible()).as("explanation shown").isTrue();
        Node layer = box.getParent();
        assertThat(layer.getParent().getChildrenUnmodifiable()).as("on top of the canvas and its legend")
                .last().isSameAs(layer);
        List<String> shown = robot.from(box).lookup(".text").queryAll().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        assertThat(shown).as("every word, none cut off").contains(reason);
        var bounds = box.localToScreen(box.getLayoutBounds());
        var canvas = robot.lookup("#canvas").query();
        var area = canvas.localToScreen(canvas.getLayoutBounds());
        assertThat(bounds.getWidth()).isLessThanOrEqualTo(380.5);
        assertThat(area.contains(bounds)).as("inside the canvas: %s in %s", bounds, area).isTrue();
        assertThat(drop.getX()).as("beside the pointer: %s", bounds)
                .isBetween(bounds.getMinX() - 40, bounds.getMaxX() + 40);
        assertThat(Math.abs(bounds.getCenterY() - drop.getY())).isLessThan(bounds.getHeight() / 2 + 40);

        robot.clickOn(new Point2D(area.getMinX() + 20, area.getMaxY() - 20));
        assertThat(box.isVisible()).as("hidden when the next gesture starts").isFalse();

        robot.drag(port(robot, from, true), MouseButton.PRIMARY).dropTo(port(robot, to, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.isVisible()).isTrue();
        robot.interact(() -> document().replace(org.zmqdesigner.engine.model.Topology.EMPTY, null));
        assertThat(box.isVisible()).as("hidden when another design opens").isFalse();
    }

    @Test
    void undo_and_redo_restore_the_model_and_the_view_and_name_the_edit(FxRobot robot) {
        var node = addFromPalette(robot, PaletteEntry.PUB);
        assertThat(document().undoTextProperty().get()).isEqualTo("Undo Add PUB publisher");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topology().nodes()).isEmpty();
        assertThat(robot.lookup("#node-" + node.id()).tryQuery()).isEmpty();
        assertThat(document().redoTextProperty().get()).isEqualTo("Redo Add PUB publisher");

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topology().nodes()).extracting(org.zmqdesigner.engine.model.Node::id).containsExactly(node.id());
        assertThat(robot.lookup("#node-" + node.id()).tryQuery()).isPresent();
    }

    @Test
    void moving_a_node_by_mouse_is_one_undoable_step_snapped_to_the_grid(FxRobot robot) {
        var node = addFromPalette(robot, PaletteEntry.REP);
        var before = node.position();
        Node view = robot.lookup("#node-" + node.id()).query();
        var box = view.localToScreen(view.getBoundsInLocal());

        robot.drag(new Point2D(box.getMinX() + 60, box.getMinY() + 10), MouseButton.PRIMARY)
                .dropTo(new Point2D(box.getMinX() + 60 + 103, box.getMinY() + 10 + 41));

        var after = topology().node(node.id()).orElseThrow().position();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.x() % 20).isZero();
        assertThat(after.y() % 20).isZero();
        robot.interact(document()::undo);
        assertThat(topology().node(node.id()).orElseThrow().position()).isEqualTo(before);
    }

    @Test
    void two_separate_drags_of_one_node_are_two_undo_steps(FxRobot robot) {
        var node = addFromPalette(robot, PaletteEntry.REP);
        var start = node.position();
        Node view = robot.lookup("#node-" + node.id()).query();

        // Both drags inside the one-second merge window that joins the moves of a single drag: the
        // robot's own drags take longer than that here, so the mouse events are sent directly.
        robot.interact(() -> {
            dragBy(view, 100, 0);
            dragBy(view, 0, 80);
        });
        var afterFirst = new org.zmqdesigner.engine.model.Position(start.x() + 100, start.y());
        assertThat(topology().node(node.id()).orElseThrow().position())
                .isEqualTo(new org.zmqdesigner.engine.model.Position(start.x() + 100, start.y() + 80));

        robot.interact(document()::undo);
        assertThat(topology().node(node.id()).orElseThrow().position()).as("the first undo takes back the second drag")
                .isEqualTo(afterFirst);
        robot.interact(document()::undo);
        assertThat(topology().node(node.id()).orElseThrow().position()).isEqualTo(start);
    }

    @Test
    void one_drag_in_many_small_moves_is_one_undo_step(FxRobot robot) {
        var node = addFromPalette(robot, PaletteEntry.REP);
        var start = node.position();
        Node view = robot.lookup("#node-" + node.id()).query();

        robot.interact(() -> {
            var from = view.localToScene(60, 10);
            mouse(view, javafx.scene.input.MouseEvent.MOUSE_PRESSED, from.getX(), from.getY());
            for (int i = 1; i <= 10; i++) {
                mouse(view, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, from.getX() + 12 * i, from.getY());
            }
            mouse(view, javafx.scene.input.MouseEvent.MOUSE_RELEASED, from.getX() + 120, from.getY());
        });
        assertThat(topology().node(node.id()).orElseThrow().position().x()).isEqualTo(start.x() + 120);

        robot.interact(document()::undo);
        assertThat(topology().node(node.id()).orElseThrow().position()).isEqualTo(start);
    }

    /** Press on a node's title, drag by (dx, dy) scene pixels at zoom 1, release: one gesture. FX thread. */
    private static void dragBy(Node view, double dx, double dy) {
        var from = view.localToScene(60, 10);
        mouse(view, javafx.scene.input.MouseEvent.MOUSE_PRESSED, from.getX(), from.getY());
        mouse(view, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, from.getX() + dx, from.getY() + dy);
        mouse(view, javafx.scene.input.MouseEvent.MOUSE_RELEASED, from.getX() + dx, from.getY() + dy);
    }

    private static void mouse(Node target, javafx.event.EventType<javafx.scene.input.MouseEvent> type,
                              double sceneX, double sceneY) {
        var screen = target.getScene().getRoot().localToScreen(sceneX, sceneY);
        javafx.event.Event.fireEvent(target, new javafx.scene.input.MouseEvent(type, sceneX, sceneY,
                screen.getX(), screen.getY(), MouseButton.PRIMARY, 1, false, false, false, false,
                type != javafx.scene.input.MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null));
    }

    @Test
    void delete_duplicate_copy_and_paste_work_from_the_keyboard(FxRobot robot) {
        var node = addFromPalette(robot, PaletteEntry.SUB);
        robot.clickOn("#node-" + node.id());

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertThat(topology().nodes()).hasSize(2);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(topology().nodes()).hasSize(3);
        assertThat(topology().nodes().stream().map(org.zmqdesigner.engine.model.Node::id).distinct()).hasSize(3);

        robot.type(KeyCode.DELETE);
        assertThat(topology().nodes()).hasSize(2);
    }

    @Test
    void f2_renames_the_selected_node_in_place(FxRobot robot) {
        var node = addFromPalette(robot, PaletteEntry.REQ);
        robot.clickOn("#node-" + node.id());

        robot.type(KeyCode.F2);
        robot.lookup("#rename-field").queryTextInputControl();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("hwclient").type(KeyCode.ENTER);

        assertThat(topology().node(node.id()).orElseThrow().name()).isEqualTo("hwclient");
        assertThat(document().undoTextProperty().get()).isEqualTo("Undo Rename " + node.id());
    }

    @Test
    void ctrl_wheel_zooms_and_ctrl_0_fits_the_design(FxRobot robot) {
        addFromPalette(robot, PaletteEntry.PUB);
        double before = window.canvas().zoom();
        robot.moveTo("#canvas");
        robot.press(KeyCode.CONTROL).scroll(3, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        assertThat(window.canvas().zoom()).isNotEqualTo(before);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(window.canvas().zoom()).isLessThanOrEqualTo(1.0);
    }

    static List<String> ids(List<org.zmqdesigner.engine.model.Node> nodes) {
        return nodes.stream().map(org.zmqdesigner.engine.model.Node::id).toList();
    }
}
