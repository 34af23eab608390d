package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.engine.format.SampleLibrary;
import org.zmqdesigner.engine.model.SocketType;

/**
 * File → Open Sample: the samples by pattern family, each with its picture, title and teaching
 * text, opened by the keyboard or a double-click, ready to run.
 */
class SampleGalleryTest extends DesignerUiTest {

    private GalleryFixture gallery;

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private GalleryFixture gallery(FxRobot robot) {
        this.robot = robot;
        gallery = new GalleryFixture(robot, window);
        return gallery;
    }

    @Test
    void every_sample_is_under_its_family_with_its_title_teaching_text_and_picture(FxRobot robot) throws Exception {
        List<SampleLibrary.Sample> samples = GalleryFixture.samples();
        gallery(robot).open();
        GalleryFixture.waitFor("every picture", 10, () -> samples.stream()
                .allMatch(s -> gallery.picture(s.name()) != null));

        for (SampleLibrary.Sample sample : samples) {
            SocketType.Family family = sample.family().orElseThrow();
            Node section = robot.lookup("#" + GalleryFixture.sectionId(family)).query();
            assertThat(robot.from(section).lookup("#sample-" + sample.name()).tryQuery())
                    .as("%s under %s", sample.name(), family).isPresent();
            Node card = gallery.card(sample.name());
            assertThat(robot.from(card).lookup(".sample-title").queryAs(Label.class).getText())
                    .isEqualTo(sample.title());
            Label text = robot.from(card).lookup(".sample-text").queryAs(Label.class);
            assertThat(text.getText()).isEqualTo(sample.description());
            assertThat(text.isWrapText()).isTrue();
            // The whole teaching text shows: the label is as tall as its wrapped lines need.
            assertThat(fx(text::getHeight)).as("%s text height", sample.name())
                    .isGreaterThanOrEqualTo(fx(() -> text.prefHeight(text.getWidth())) - 1);
            // A picture of the design: the canvas draws the family's sockets in the family's colour.
            assertThat(GalleryFixture.shows(gallery.picture(sample.name()), FamilyColors.of(family)))
                    .as("the picture of %s shows %s's colour", sample.name(), family).isTrue();
        }
        // The six first samples, pinned: the derivation must put them where a teacher expects.
        assertThat(sectionOf(robot, "hello-reqrep")).isEqualTo(GalleryFixture.sectionId(SocketType.Family.REQUEST_REPLY));
        assertThat(sectionOf(robot, "pipeline")).isEqualTo(GalleryFixture.sectionId(SocketType.Family.PIPELINE));
        for (String pubSub : List.of("weather-pubsub", "slow-joiner", "slow-joiner-fixed", "hwm-drops")) {
            assertThat(sectionOf(robot, pubSub)).isEqualTo(GalleryFixture.sectionId(SocketType.Family.PUBLISH_SUBSCRIBE));
        }
        // Each section's name is in its family's canvas colour.
        for (SocketType.Family family : samples.stream().map(s -> s.family().orElseThrow()).distinct().toList()) {
            Node section = robot.lookup("#" + GalleryFixture.sectionId(family)).query();
            Label name = robot.from(section).lookup(".gallery-family").queryAs(Label.class);
            assertThat(name.getText()).isEqualTo(FamilyColors.label(family));
            assertThat(name.getTextFill()).isEqualTo(FamilyColors.of(family));
        }

        // Wide enough for a readable picture beside its text.
        assertThat(robot.lookup("#sample-gallery").query().getScene().getWidth()).isGreaterThan(900);
        // For a person to look at.
        java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", "gallery.png");
        java.nio.file.Files.createDirectories(file.getParent());
        javafx.scene.Parent dialog = robot.lookup("#sample-gallery").query().getScene().getRoot();
        robot.interact(() -> {
            try {
                org.zmqdesigner.app.export.PngExporter.write(dialog, file, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.type(KeyCode.ESCAPE);
        GalleryFixture.waitFor("the gallery to close", 5, () -> !gallery.isOpen());
    }

    @Test
    void a_file_that_does_not_load_is_listed_last_with_the_loaders_message(FxRobot robot) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory(temp, "samples");
        java.nio.file.Files.copy(sample("hello-reqrep"), folder.resolve("hello-reqrep.zmqtopo"));
        java.nio.file.Files.writeString(folder.resolve("broken.zmqtopo"), "{");
        String shipped = System.getProperty(SampleLibrary.PROPERTY);
        System.setProperty(SampleLibrary.PROPERTY, folder.toString());
        try {
            gallery(robot);
            later(() -> window.actions().get("open-sample").perform());
            GalleryFixture.waitFor("the broken sample's card", 10, () -> robot.lookup("#sample-broken").tryQuery()
                    .isPresent());

            assertThat(sectionOf(robot, "broken")).isEqualTo("family-unreadable");
            Node card = gallery.card("broken");
            assertThat(robot.from(card).lookup(".sample-text").queryAs(Label.class).getText())
                    .contains("broken.zmqtopo:1:");
            assertThat(card.isFocusTraversable()).as("a card that cannot open takes no focus").isFalse();
            assertThat(sectionOf(robot, "hello-reqrep")).isEqualTo(GalleryFixture.sectionId(
                    SocketType.Family.REQUEST_REPLY));
            robot.type(KeyCode.ESCAPE);
            GalleryFixture.waitFor("the gallery to close", 5, () -> !gallery.isOpen());
        } finally {
            System.setProperty(SampleLibrary.PROPERTY, shipped);
        }
    }

    private static String sectionOf(FxRobot robot, String sample) {
        Node node = robot.lookup("#sample-" + sample).query();
        while (node != null && (node.getId() == null || !node.getId().startsWith("family-"))) {
            node = node.getParent();
        }
        return node == null ? null : node.getId();
    }

    @Test
    void the_arrow_keys_walk_the_cards_and_enter_opens_the_chosen_sample_ready_to_run(FxRobot robot)
            throws Exception {
        List<SampleLibrary.Sample> shown = shownOrder(robot);
        GalleryFixture.waitFor("the first card to have the focus", 5, () -> gallery.card(shown.get(0).name()).isFocused());

        robot.type(KeyCode.DOWN);
        assertThat(gallery.card(shown.get(1).name()).isFocused()).isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.UP);
        assertThat(gallery.card(shown.get(0).name()).isFocused()).isTrue();
        robot.type(KeyCode.DOWN);
        assertThat(robot.lookup("#sample-open").queryAs(Button.class).isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);

        GalleryFixture.waitFor("the gallery to close", 5, () -> !gallery.isOpen());
        assertOpenAndReady(robot, shown.get(1));
    }

    @Test
    void walking_down_to_the_last_card_scrolls_it_into_view(FxRobot robot) throws Exception {
        List<SampleLibrary.Sample> shown = shownOrder(robot);
        GalleryFixture.waitFor("the first card to have the focus", 5, () -> gallery.card(shown.get(0).name()).isFocused());

        for (int i = 1; i < shown.size(); i++) {
            robot.type(KeyCode.DOWN);
        }

        Node last = gallery.card(shown.get(shown.size() - 1).name());
        assertThat(last.isFocused()).isTrue();
        javafx.geometry.Bounds card = last.localToScreen(last.getBoundsInLocal());
        Node viewport = robot.lookup("#sample-gallery .viewport").query();
        assertThat(viewport.localToScreen(viewport.getBoundsInLocal()).contains(card)).as("the last card in view")
                .isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void a_double_click_opens_a_sample(FxRobot robot) throws Exception {
        List<SampleLibrary.Sample> shown = shownOrder(robot);

        robot.doubleClickOn(gallery.card(shown.get(0).name()));

        GalleryFixture.waitFor("the gallery to close", 5, () -> !gallery.isOpen());
        assertOpenAndReady(robot, shown.get(0));
    }

    /** Opens the gallery and lists its samples in the order of their cards. */
    private List<SampleLibrary.Sample> shownOrder(FxRobot robot) throws Exception {
        gallery(robot).open();
        return robot.lookup(".sample-card").queryAll().stream()
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .map(n -> (SampleLibrary.Sample) n.getUserData()).toList();
    }

    private void assertOpenAndReady(FxRobot robot, SampleLibrary.Sample sample) {
        assertThat(topology()).isEqualTo(sample.topology());
        assertThat(document().fileProperty().get()).as("a sample opens unsaved").isNull();
        assertThat(robot.lookup("#run-start").queryAs(Button.class).isDisabled()).as("Run enabled").isFalse();
    }
}
