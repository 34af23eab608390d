package org.zmqdesigner.app.palette;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.app.controls.LazyTooltip;
import org.zmqdesigner.engine.text.Texts;

/**
 * The palette: sockets with their usual roles, and devices. Drag an entry onto the canvas, or
 * double-click it (or press Enter) to add it in the middle of the view.
 */
public final class PaletteView {

    public static final String DRAG_PREFIX = "zmq-designer-palette:";

    /** The palette's words, read when the palette is built. */
    private static final Texts TEXTS = Texts.of(PaletteView.class);

    private final VBox root = new VBox();
    private final Consumer<PaletteEntry> addInCentre;

    public PaletteView(Consumer<PaletteEntry> addInCentre) {
        this.addInCentre = addInCentre;
        root.setId("palette");
        root.getStyleClass().add("palette");
        VBox sockets = new VBox(2);
        VBox devices = new VBox(2);
        for (PaletteEntry entry : PaletteEntry.values()) {
            (entry.isDevice() ? devices : sockets).getChildren().add(entryView(entry));
        }
        TitledPane socketPane = new TitledPane(TEXTS.get("palette.sockets"), sockets);
        TitledPane devicePane = new TitledPane(TEXTS.get("palette.devices"), devices);
        socketPane.setCollapsible(false);
        devicePane.setCollapsible(false);
        VBox content = new VBox(8, socketPane, devicePane);
        content.setPadding(new Insets(6));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().add(scroll);
        root.setPrefWidth(210);
        root.setMinWidth(170);
    }

    public Region view() {
        return root;
    }

    private HBox entryView(PaletteEntry entry) {
        Rectangle swatch = new Rectangle(10, 26);
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        swatch.setFill(entry.isDevice() ? FamilyColors.of(entry.kind()) : FamilyColors.of(entry.colourType()));
        Label title = new Label(entry.title());
        title.getStyleClass().add("palette-title");
        Label role = new Label(entry.role());
        role.getStyleClass().add("palette-role");
        // A role wraps rather than ending in "...": Korean glyphs are wider, and the palette is narrow.
        role.setWrapText(true);
        VBox text = new VBox(0, title, role);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, swatch, text);
        row.setId("palette-" + entry.name());
        row.getStyleClass().add("palette-entry");
        row.setPadding(new Insets(3, 6, 3, 4));
        row.setFocusTraversable(true);
        LazyTooltip.install(row, () -> new Tooltip(TEXTS.get("palette.entry.tooltip", entry.title(), entry.role())));
        row.setOnDragDetected(e -> {
            Dragboard board = row.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + entry.name());
            board.setContent(content);
            e.consume();
        });
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                addInCentre.accept(entry);
            }
        });
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                addInCentre.accept(entry);
            }
        });
        return row;
    }
}
