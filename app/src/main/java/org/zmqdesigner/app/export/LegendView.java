package org.zmqdesigner.app.export;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.app.controls.LazyTooltip;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Texts;

/**
 * What the canvas's colours and arrows mean: the four pattern families with their swatches, the
 * device kinds with the colour of the pattern each serves and the socket types it pairs, and which
 * way a link's arrow points (to the socket that binds).
 *
 * <p>Two layouts of the same rows: a column ({@link #LegendView()}, for pictures) and a strip that
 * wraps to the width it is given ({@link #strip()}, docked under the canvas so that it never covers
 * the design).
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

    /** The style class of the row that explains a link's arrow. */
    public static final String ARROW_STYLE_CLASS = "legend-arrow";

    private static final Texts TEXTS = Texts.of(LegendView.class);

    private static final double SWATCH = 12;

    /** The legend as a column, keeping its preferred size in any parent (for pictures). */
    public LegendView() {
        super(4);
        setId(ID);
        getStyleClass().add(STYLE_CLASS);
        setPadding(new Insets(8, 10, 8, 10));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        getChildren().add(heading(TEXTS.get("legend.families")));
        for (SocketType.Family family : SocketType.Family.values()) {
            getChildren().add(row(FamilyColors.of(family), family, FamilyColors.label(family)));
        }
        Label devices = heading(TEXTS.get("legend.devices"));
        VBox.setMargin(devices, new Insets(6, 0, 0, 0));
        getChildren().add(devices);
        for (NodeKind kind : DEVICES) {
            getChildren().add(row(FamilyColors.of(kind), kind, deviceText(kind)));
        }
        Label links = heading(TEXTS.get("legend.links"));
        VBox.setMargin(links, new Insets(6, 0, 0, 0));
        getChildren().addAll(links, arrowRow());
    }

    private LegendView(FlowPane strip) {
        super(strip);
        setId(ID);
        getStyleClass().addAll(STYLE_CLASS, "legend-strip");
        setPadding(new Insets(4, 10, 4, 10));
    }

    /**
     * The legend as one strip, its rows side by side and wrapping to the width it is given: docked
     * along the canvas, it takes a line or two and hides nothing.
     */
    public static LegendView strip() {
        FlowPane rows = new FlowPane(14, 2);
        rows.setAlignment(Pos.CENTER_LEFT);
        List<HBox> families = new java.util.ArrayList<>();
        for (SocketType.Family family : SocketType.Family.values()) {
            families.add(row(FamilyColors.of(family), family, FamilyColors.label(family)));
        }
        List<HBox> devices = new java.util.ArrayList<>();
        for (NodeKind kind : DEVICES) {
            devices.add(row(FamilyColors.of(kind), kind, deviceText(kind)));
        }
        section(rows, TEXTS.get("legend.families"), families);
        section(rows, TEXTS.get("legend.devices"), devices);
        section(rows, TEXTS.get("legend.links"), List.of(arrowRow()));
        LegendView legend = new LegendView(rows);
        // A FlowPane wraps at its preferred wrap length unless told the width it really has.
        rows.prefWrapLengthProperty().bind(legend.widthProperty().subtract(20));
        return legend;
    }

    /** What a link's arrowhead means, in the window's legend and in exported pictures alike. */
    public static String arrowNote() {
        return TEXTS.get("legend.arrow");
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

    /** A heading and its rows into the strip; the heading never wraps away from its first row. */
    private static void section(FlowPane strip, String title, List<HBox> rows) {
        HBox first = new HBox(8, heading(title), rows.get(0));
        first.setAlignment(Pos.CENTER_LEFT);
        if (!strip.getChildren().isEmpty()) {
            FlowPane.setMargin(first, new Insets(0, 0, 0, 12));
        }
        strip.getChildren().add(first);
        strip.getChildren().addAll(rows.subList(1, rows.size()));
    }

    /** A small link with its arrowhead, as the canvas draws one, and what the arrow means. */
    private static HBox arrowRow() {
        Line shaft = new Line(0, 6, 12, 6);
        shaft.setStrokeWidth(2);
        shaft.setStroke(Color.web("#6b7280"));
        Polygon head = new Polygon(20, 6, 11, 1.5, 11, 10.5);
        head.setFill(Color.web("#6b7280"));
        Label label = new Label(arrowNote());
        label.getStyleClass().add(Styles.TEXT_SMALL);
        LazyTooltip.install(label, () -> new Tooltip(TEXTS.get("legend.arrow.tip")));
        HBox row = new HBox(8, new Group(shaft, head), label);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll(ROW_STYLE_CLASS, ARROW_STYLE_CLASS);
        return row;
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
