package org.zmqdesigner.app.export;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketType;

/**
 * What the canvas's colours mean: the four pattern families with their swatches, then the device
 * kinds with the colour of the pattern each serves and the socket types it pairs.
 *
 * <p>Its id is {@code legend}; it carries the style class {@code legend}, each row
 * {@code legend-row} and each swatch {@code legend-swatch} (the swatch's user data is the
 * {@link SocketType.Family} or {@link NodeKind} it shows). It sets no background, so that it fits any
 * theme: give {@code .legend} one in the stylesheet when it floats over the canvas. It keeps its
 * preferred size in any parent.
 */
public final class LegendView extends VBox {

    public static final String ID = "legend";
    public static final String STYLE_CLASS = "legend";
    public static final String ROW_STYLE_CLASS = "legend-row";
    public static final String SWATCH_STYLE_CLASS = "legend-swatch";

    /** The device kinds, in the order the legend lists them. */
    public static final List<NodeKind> DEVICES = List.of(NodeKind.QUEUE, NodeKind.FORWARDER, NodeKind.STREAMER);

    private static final double SWATCH = 12;

    public LegendView() {
        super(4);
        setId(ID);
        getStyleClass().add(STYLE_CLASS);
        setPadding(new Insets(8, 10, 8, 10));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        getChildren().add(heading("Pattern families"));
        for (SocketType.Family family : SocketType.Family.values()) {
            getChildren().add(row(FamilyColors.of(family), family, FamilyColors.label(family)));
        }
        Label devices = heading("Devices");
        VBox.setMargin(devices, new Insets(6, 0, 0, 0));
        getChildren().add(devices);
        for (NodeKind kind : DEVICES) {
            getChildren().add(row(FamilyColors.of(kind), kind, deviceText(kind)));
        }
    }

    /** "queue (ROUTER / DEALER)": the kind and its frontend and backend socket types. */
    public static String deviceText(NodeKind kind) {
        Map<String, SocketType> sockets = kind.deviceSockets();
        if (sockets.isEmpty()) {
            return kind.label();
        }
        return kind.label() + " (" + sockets.get(NodeKind.FRONTEND) + " / " + sockets.get(NodeKind.BACKEND) + ")";
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        return label;
    }

    private static HBox row(Color colour, Object meaning, String text) {
        Rectangle swatch = new Rectangle(SWATCH, SWATCH, colour);
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        swatch.getStyleClass().add(SWATCH_STYLE_CLASS);
        swatch.setUserData(meaning);
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        HBox row = new HBox(8, swatch, label);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(ROW_STYLE_CLASS);
        return row;
    }
}
