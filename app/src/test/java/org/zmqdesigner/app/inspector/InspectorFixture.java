package org.zmqdesigner.app.inspector;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.zmqdesigner.app.document.DesignDocument;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Diagnostic;

/** The pipeline sample in an inspector on a stage, and the few gestures the tests repeat. */
final class InspectorFixture {

    final DesignDocument document;
    final InspectorView inspector;

    private InspectorFixture(DesignDocument document) {
        this.document = document;
        this.inspector = new InspectorView(document);
    }

    static InspectorFixture show(Stage stage) throws Exception {
        var topology = new TopologyFiles().load(
                Path.of(System.getProperty("zmqdesigner.samples"), "pipeline.zmqtopo"));
        InspectorFixture fixture = new InspectorFixture(new DesignDocument(topology));
        stage.setScene(new Scene((Pane) fixture.inspector.view(), 480, 760));
        // The primary stage is shared by every UI test class; another may have sized it differently.
        stage.sizeToScene();
        stage.show();
        return fixture;
    }

    /** Any design in an inspector, with the Problems table under it as the designer shows them. */
    static InspectorFixture show(Stage stage, Topology topology) {
        InspectorFixture fixture = new InspectorFixture(new DesignDocument(topology));
        javafx.scene.layout.Region problems = new org.zmqdesigner.app.diagnostics.DiagnosticsView(fixture.document).view();
        problems.setPrefHeight(200);
        javafx.scene.layout.VBox both = new javafx.scene.layout.VBox((Pane) fixture.inspector.view(), problems);
        javafx.scene.layout.VBox.setVgrow(both.getChildren().get(0), javafx.scene.layout.Priority.ALWAYS);
        // No taller than the headless screen, which cannot paint beyond its 800 pixels.
        stage.setScene(new Scene(both, 480, 760));
        stage.sizeToScene();
        stage.show();
        return fixture;
    }

    Node node(String id) {
        return document.topology().node(id).orElseThrow();
    }

    Link link(String id) {
        return document.topology().link(id).orElseThrow();
    }

    static void select(FxRobot robot, DesignDocument document, String id) {
        robot.interact(() -> document.selectOnly(id));
    }

    /**
     * Replaces a field's text by typing, without clicking: fields low in the panel may lie outside
     * the scroll pane's viewport, where a click would land on something else.
     */
    static void typeInto(FxRobot robot, String query, String text) {
        TextInputControl field = field(robot, query);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    static void typeAndEnter(FxRobot robot, String query, String text) {
        typeInto(robot, query, text);
        robot.type(KeyCode.ENTER);
    }

    static TextInputControl field(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl();
    }

    static String text(FxRobot robot, String query) {
        return field(robot, query).getText();
    }

    static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    static <T> void pick(FxRobot robot, String query, T value) {
        ComboBox<T> combo = combo(robot, query);
        robot.interact(() -> combo.setValue(value));
    }

    static List<Diagnostic> listedDiagnostics(FxRobot robot) {
        Pane list = robot.lookup("#inspector-diagnostics").queryAs(Pane.class);
        return list.getChildren().stream().map(javafx.scene.Node::getUserData)
                .filter(Diagnostic.class::isInstance).map(Diagnostic.class::cast).toList();
    }

    static boolean errorShown(FxRobot robot, String fieldQuery) {
        return robot.lookup(fieldQuery + "-error").tryQueryAs(Label.class)
                .map(l -> l.isVisible() && !l.getText().isBlank()).orElse(false);
    }
}
