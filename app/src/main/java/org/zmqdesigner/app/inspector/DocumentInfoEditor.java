package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


import javafx.scene.layout.VBox;
import org.zmqdesigner.engine.edit.SetDocumentInfo;
import org.zmqdesigner.engine.model.Topology;

/** What the inspector shows when no single element is selected: the design's own title and description. */
final class DocumentInfoEditor {

    private DocumentInfoEditor() {
    }

    static javafx.scene.Node build(InspectorContext context, int selected) {
        Topology topology = context.topology();
        Form form = new Form();
        form.row(text("design.title.label"), text("design.title.help"),
                CommitField.field(context, "inspector-title", Parse.show(topology.title()), Parse.optionalText(),
                        v -> set(context, v, context.topology().description())).prompt(text("design.title.prompt")));
        CommitField<String> description = CommitField.area(context, "inspector-description",
                Parse.show(topology.description()), Parse.optionalText(),
                v -> set(context, context.topology().title(), v));
        javafx.scene.control.TextArea area = (javafx.scene.control.TextArea) description.control();
        area.setWrapText(true);
        area.setPrefRowCount(8);
        form.row(text("design.description.label"), text("design.description.help"), description);
        var hint = Form.note(selected > 1 ? text("design.hint.several", String.valueOf(selected))
                : text("design.hint.none"));
        hint.setId("inspector-hint");
        return new VBox(4, Form.heading(text("design.heading")), form.node(), hint);
    }

    private static String set(InspectorContext context, String title, String description) {
        Topology topology = context.topology();
        if (java.util.Objects.equals(title, topology.title())
                && java.util.Objects.equals(description, topology.description())) {
            return null;
        }
        return context.apply(new SetDocumentInfo(title, description));
    }
}
