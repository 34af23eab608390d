package org.zmqdesigner.app.gallery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.zmqdesigner.app.DesignerApp;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.engine.format.SampleLibrary;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Texts;
import org.zmqdesigner.app.text.DialogButtons;

/**
 * File → Open Sample: the samples in {@code samples/}, one section per pattern family (in the
 * canvas's family colours; the family comes from each design's sockets, see
 * {@link org.zmqdesigner.engine.model.DominantFamily}), each a card with the design's picture, its
 * title and its teaching text. A double-click, Open or Enter opens the chosen sample; Tab and the
 * arrow keys move between cards. New files in the folder appear the next time it opens.
 *
 * <p>The folder is read on a background thread; the pictures are drawn on the FX thread one per
 * turn of its event queue (and cached), so the dialog shows and scrolls at once.
 */
public final class SampleGallery {

    private static final Texts TEXTS = Texts.of(SampleGallery.class);

    private final Dialog<SampleLibrary.Sample> dialog = new Dialog<>();
    private final VBox sections = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(sections);
    private final ObjectProperty<SampleLibrary.Sample> chosen = new SimpleObjectProperty<>();
    private final List<SampleCard> cards = new ArrayList<>();
    private final Deque<SampleCard> waitingForPictures = new ArrayDeque<>();
    private final SamplePictures pictures = SamplePictures.shared();
    private final ButtonType open = new ButtonType(TEXTS.get("button.open"), ButtonBar.ButtonData.OK_DONE);

    private SampleGallery(Window owner) {
        dialog.setTitle(TEXTS.get("title"));
        dialog.setHeaderText(TEXTS.get("header"));
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(DesignerApp.class.getResource("designer.css").toExternalForm());
        sections.getStyleClass().add("sample-gallery-sections");
        sections.getChildren().add(new Label(TEXTS.get("reading")));
        scroll.setId("sample-gallery");
        scroll.setFitToWidth(true);
        dialog.getDialogPane().setContent(scroll);
        // Room for a picture a person can read beside its text; the window may be made larger
        // (AtlantaFX caps dialogs at 600 px wide, a good width for an alert's sentence, not for this).
        dialog.getDialogPane().setPrefSize(940, 660);
        dialog.getDialogPane().getStyleClass().add("sample-gallery-pane");
        dialog.getDialogPane().getButtonTypes().addAll(open, DialogButtons.cancel());
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.setId("sample-open");
        openButton.disableProperty().bind(chosen.isNull());
        dialog.setResultConverter(button -> button == open ? chosen.get() : null);
        dialog.setOnHidden(e -> waitingForPictures.clear());
    }

    /** Shows the gallery and waits; the sample to open, or empty when cancelled. */
    public static Optional<SampleLibrary.Sample> choose(Window owner) {
        SampleGallery gallery = new SampleGallery(owner);
        CompletableFuture.supplyAsync(SampleGallery::readSamples).whenComplete((samples, failure) ->
                Platform.runLater(() -> gallery.show(samples, failure)));
        return gallery.dialog.showAndWait();
    }

    /** Off the FX thread: the folder's samples, parsed (each has its family from its design). */
    private static List<SampleLibrary.Sample> readSamples() {
        try {
            return SampleLibrary.discover().orElseThrow(() -> new IllegalStateException(
                    TEXTS.get("noFolder", SampleLibrary.PROPERTY))).samples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(List<SampleLibrary.Sample> samples, Throwable failure) {
        if (!dialog.isShowing()) {
            return;
        }
        if (failure != null) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            sections.getChildren().setAll(new Label(TEXTS.get("unreadableFolder", cause.getMessage())));
            return;
        }
        if (samples.isEmpty()) {
            sections.getChildren().setAll(new Label(TEXTS.get("emptyFolder")));
            return;
        }
        Map<SocketType.Family, List<SampleLibrary.Sample>> byFamily = new EnumMap<>(SocketType.Family.class);
        List<SampleLibrary.Sample> unreadable = new ArrayList<>();
        List<SampleLibrary.Sample> noFamily = new ArrayList<>();
        for (SampleLibrary.Sample sample : samples) {
            if (!sample.loaded()) {
                unreadable.add(sample);
            } else {
                sample.family().ifPresentOrElse(f -> byFamily.computeIfAbsent(f, k -> new ArrayList<>()).add(sample),
                        () -> noFamily.add(sample));
            }
        }
        sections.getChildren().clear();
        byFamily.forEach((family, members) -> sections.getChildren().add(section(
                "family-" + family.name().toLowerCase(Locale.ROOT).replace('_', '-'), FamilyColors.label(family),
                FamilyColors.hex(FamilyColors.of(family)), members)));
        if (!noFamily.isEmpty()) {
            sections.getChildren().add(section("family-none", TEXTS.get("family.none"), null, noFamily));
        }
        if (!unreadable.isEmpty()) {
            sections.getChildren().add(section("family-unreadable", TEXTS.get("family.unreadable"), null, unreadable));
        }
        cards.stream().filter(card -> card.sample().loaded()).findFirst()
                .ifPresent(first -> first.view().requestFocus());
        drawNextPicture();
    }

    /** A family's header (its name in its canvas colour, beside a bar of it) over its cards. */
    private VBox section(String id, String title, String colour, List<SampleLibrary.Sample> members) {
        Rectangle bar = new Rectangle(6, 22);
        bar.getStyleClass().add("gallery-family-bar");
        Label name = new Label(title);
        name.getStyleClass().add("gallery-family");
        if (colour != null) {
            bar.setStyle("-fx-fill: " + colour + ";");
            name.setStyle("-fx-text-fill: " + colour + ";");
        }
        Label count = new Label(TEXTS.get("family.count", members.size()));
        count.getStyleClass().add("gallery-family-count");
        HBox header = new HBox(8, bar, name, count);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox list = new VBox(8);
        list.getStyleClass().add("gallery-cards");
        for (SampleLibrary.Sample sample : members) {
            SampleCard card = card(sample);
            list.getChildren().add(card.view());
        }
        VBox section = new VBox(8, header, list);
        section.setId(id);
        return section;
    }

    private SampleCard card(SampleLibrary.Sample sample) {
        SampleCard card = new SampleCard(sample);
        cards.add(card);
        if (!sample.loaded()) {
            return card;
        }
        Node view = card.view();
        view.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                chosen.set(sample);
                reveal(view);
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            view.requestFocus();
            if (e.getClickCount() == 2) {
                dialog.setResult(sample);
                dialog.close();
            }
        });
        // Up and Down walk the cards in the order shown (Tab does too); Enter is the Open button's.
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                step(card, e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
        javafx.scene.image.Image cached = pictures.cached(sample.topology());
        if (cached != null) {
            card.showPicture(cached);
        } else {
            waitingForPictures.add(card);
        }
        return card;
    }

    private void step(SampleCard from, int direction) {
        List<SampleCard> open = cards.stream().filter(c -> c.sample().loaded()).toList();
        int next = open.indexOf(from) + direction;
        if (next >= 0 && next < open.size()) {
            open.get(next).view().requestFocus();
        }
    }

    /** One picture per turn of the FX event queue, so that input and frames go on between them. */
    private void drawNextPicture() {
        SampleCard card = waitingForPictures.poll();
        if (card == null) {
            return;
        }
        card.showPicture(pictures.of(card.sample().topology()));
        Platform.runLater(this::drawNextPicture);
    }

    /**
     * Scrolls as little as needed to show the whole card, and its family's header with the first
     * card of a family, so that walking the cards with the keyboard always shows which family it is in.
     */
    private void reveal(Node card) {
        double minY = inSections(card).getMinY();
        double maxY = inSections(card).getMaxY();
        javafx.scene.Parent list = card.getParent();
        if (list != null && list.getChildrenUnmodifiable().indexOf(card) == 0 && list.getParent() != null) {
            minY = inSections(list.getParent()).getMinY();
        }
        double content = sections.getBoundsInLocal().getHeight();
        double visible = scroll.getViewportBounds().getHeight();
        if (content <= visible) {
            return;
        }
        double top = scroll.getVvalue() * (content - visible);
        if (minY < top) {
            top = minY;
        } else if (maxY > top + visible) {
            top = maxY - visible;
        }
        scroll.setVvalue(top / (content - visible));
    }

    private Bounds inSections(Node node) {
        return sections.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    }
}
