package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.zmqdesigner.engine.model.Socket;

/**
 * A SUB's subscriptions, each its own item with a button that removes it, and a field that adds
 * one. The empty prefix, which matches every message, is shown as the word "everything": as an
 * empty line of text it was invisible, and a SUB looked as if it filtered while it let all through.
 * Each addition and removal is one undo step of its own.
 *
 * <p>Control ids, for socket i: {@code #socket-i-subscription-k} (the k-th item's label) and
 * {@code -subscription-k-remove}, {@code #socket-i-subscribe-new} (the prefix to add),
 * {@code -subscribe-add}, {@code -subscribe-everything}, {@code -subscribe-new-error} and
 * {@code -subscribe-summary}.
 */
final class SubscriptionsEditor {

    private final InspectorContext context;
    private final String nodeId;
    private final String socketId;
    private final String prefix;
    private final Label error = new Label();

    SubscriptionsEditor(InspectorContext context, String nodeId, String socketId, String prefix) {
        this.context = context;
        this.nodeId = nodeId;
        this.socketId = socketId;
        this.prefix = prefix;
    }

    /**
     * The items, and unless the socket's type does not subscribe by option (a file set SUBSCRIBE on
     * a PUB, say), the means to add one and a summary of what the socket receives.
     */
    javafx.scene.Node build(List<String> subscriptions, boolean applies) {
        VBox box = new VBox(4);
        for (int k = 0; k < subscriptions.size(); k++) {
            box.getChildren().add(item(subscriptions.get(k), k));
        }
        if (!applies) {
            return box;
        }
        TextField next = new TextField();
        next.setId(prefix + "subscribe-new");
        next.setPromptText(text("subscriptions.prompt"));
        next.setPrefColumnCount(6);
        next.setTooltip(Form.tooltip(text("subscriptions.new.tooltip")));
        HBox.setHgrow(next, Priority.ALWAYS);
        Button add = new Button(text("subscriptions.add"));
        add.setId(prefix + "subscribe-add");
        // Never shortened to "...": the column is narrow, and the field gives way instead.
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(next.textProperty().isEmpty());
        add.setOnAction(e -> add(next.getText()));
        next.setOnAction(e -> {
            if (!next.getText().isEmpty()) {
                add(next.getText());
            }
        });
        HBox adding = new HBox(4, next, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(adding);
        if (!subscriptions.contains("")) {
            Button everything = new Button(text("subscriptions.everything.button"));
            everything.setId(prefix + "subscribe-everything");
            everything.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            everything.setMaxWidth(Region.USE_PREF_SIZE);
            everything.setTooltip(Form.tooltip(text("subscriptions.everything.tooltip")));
            everything.setOnAction(e -> add(""));
            box.getChildren().add(everything);
        }
        error.setId(prefix + "subscribe-new-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "inspector-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        Label summary = Form.note(summary(subscriptions));
        summary.setId(prefix + "subscribe-summary");
        box.getChildren().addAll(error, summary);
        return box;
    }

    private HBox item(String subscription, int k) {
        Label text = new Label(show(subscription));
        text.setId(prefix + "subscription-" + k);
        text.getStyleClass().add("inspector-subscription");
        if (subscription.isEmpty()) {
            text.getStyleClass().add(Styles.TEXT_ITALIC);
        }
        text.setTooltip(Form.tooltip(text(subscription.isEmpty() ? "subscriptions.item.everything.tooltip"
                : "subscriptions.item.tooltip")));
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        remove.setId(prefix + "subscription-" + k + "-remove");
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setTooltip(new Tooltip(text("subscriptions.remove.tooltip", show(subscription))));
        remove.setOnAction(e -> remove(subscription));
        HBox row = new HBox(4, text, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A subscription as the inspector shows it: quoted, so spaces show, or the word for "everything". */
    static String show(String subscription) {
        return subscription.isEmpty() ? text("subscriptions.everything") : "\"" + subscription + "\"";
    }

    private void add(String subscription) {
        String element = nodeId + "/" + socketId;
        String problem = context.changeSocket(nodeId, socketId, subscription.isEmpty()
                ? text("edit.subscribeEverything", element)
                : text("edit.subscribe", element, show(subscription)), s -> {
                    if (s.options().subscribe().contains(subscription)) {
                        throw new IllegalArgumentException(text("error.alreadySubscribed", show(subscription)));
                    }
                    List<String> more = new ArrayList<>(s.options().subscribe());
                    more.add(subscription);
                    return withSubscriptions(s, more);
                });
        error.setText(problem == null ? "" : problem);
        error.setManaged(problem != null);
        error.setVisible(problem != null);
    }

    private void remove(String subscription) {
        context.changeSocket(nodeId, socketId, text("edit.unsubscribe", nodeId + "/" + socketId,
                show(subscription)), s -> {
                    List<String> fewer = new ArrayList<>(s.options().subscribe());
                    fewer.remove(subscription);
                    return withSubscriptions(s, fewer);
                });
    }

    private static Socket withSubscriptions(Socket socket, List<String> subscriptions) {
        return socket.withOptions(socket.options().withSubscribe(subscriptions));
    }

    /** The subscriptions in words, with quotes, so a trailing space or the empty prefix shows. */
    static String summary(List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return text("subscriptions.summary.none");
        }
        if (prefixes.contains("")) {
            return text("subscriptions.summary.everything");
        }
        Function<String, String> quote = p -> "\"" + p + "\"";
        return text("subscriptions.summary.some", Words.or(prefixes.stream().map(quote).toList()));
    }
}
