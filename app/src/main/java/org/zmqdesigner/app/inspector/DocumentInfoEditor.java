package org.zmqdesigner.app.inspector;

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
        form.row("Title", "The design's name, shown in sample lists and exports.",
                CommitField.field(context, "inspector-title", Parse.show(topology.title()), Parse.optionalText(),
                        v -> set(context, v, context.topology().description())).prompt("Untitled"));
        CommitField<String> description = CommitField.area(context, "inspector-description",
                Parse.show(topology.description()), Parse.optionalText(),
                v -> set(context, context.topology().title(), v));
        javafx.scene.control.TextArea area = (javafx.scene.control.TextArea) description.control();
        area.setWrapText(true);
        area.setPrefRowCount(8);
        form.row("Description", "What the design shows and how to use it: the lesson in a few sentences."
                + " Ctrl+Enter applies.", description);
        var hint = Form.note(selected > 1
                ? selected + " elements are selected. Select just one node or link to edit it."
                : "Select a node or link to edit it.");
        hint.setId("inspector-hint");
        return new VBox(4, Form.heading("Design"), form.node(), hint);
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
