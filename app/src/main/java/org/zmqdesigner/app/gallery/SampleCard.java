package org.zmqdesigner.app.gallery;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zmqdesigner.engine.format.SampleLibrary;

/**
 * One sample in the gallery: the picture of its design, its title and its teaching text (the
 * design's description, whole and wrapped: it says what to watch for, so it is not cut short).
 * The card takes the keyboard focus like a list item; the gallery decides what focus, clicks and
 * keys mean. A sample that did not load shows the loader's message instead and cannot be focused.
 */
final class SampleCard {

    private final SampleLibrary.Sample sample;
    private final HBox view;
    private final StackPane frame;
    private final ImageView picture = new ImageView();

    SampleCard(SampleLibrary.Sample sample) {
        this.sample = sample;
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        picture.getStyleClass().add("sample-picture");
        frame = new StackPane(picture);
        frame.getStyleClass().add("sample-picture-frame");
        frame.setMinSize(SamplePictures.WIDTH, SamplePictures.HEIGHT);
        frame.setPrefSize(SamplePictures.WIDTH, SamplePictures.HEIGHT);
        frame.setMaxSize(SamplePictures.WIDTH, SamplePictures.HEIGHT);

        Label title = new Label(sample.title());
        title.getStyleClass().add("sample-title");
        title.setWrapText(true);
        Label text = new Label(sample.loaded() ? sample.description() : sample.problem());
        text.getStyleClass().add("sample-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label file = new Label(sample.file().getFileName().toString());
        file.getStyleClass().add("sample-file");
        VBox words = new VBox(4, title, text, file);
        HBox.setHgrow(words, Priority.ALWAYS);

        view = new HBox(12, frame, words);
        view.setAlignment(Pos.TOP_LEFT);
        view.setId("sample-" + sample.name());
        view.getStyleClass().add("sample-card");
        // A broken file cannot be opened, so its card takes no focus; its message stays readable.
        view.setFocusTraversable(sample.loaded());
        if (!sample.loaded()) {
            view.getStyleClass().add("broken");
        }
        view.setAccessibleRole(AccessibleRole.LIST_ITEM);
        view.setAccessibleText(sample.title());
        view.setAccessibleHelp(sample.loaded() ? sample.description() : sample.problem());
        view.setUserData(sample);
    }

    SampleLibrary.Sample sample() {
        return sample;
    }

    Region view() {
        return view;
    }

    /** Shows the design's picture, at its layout size on any screen density. */
    void showPicture(Image image) {
        if (image == null) {
            return;
        }
        picture.setFitWidth(image.getWidth() / SamplePictures.DENSITY);
        picture.setFitHeight(image.getHeight() / SamplePictures.DENSITY);
        picture.setImage(image);
    }

    ImageView picture() {
        return picture;
    }
}
