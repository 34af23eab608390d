package org.zmqdesigner.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PictureNamesTest {

    @Test
    void a_saved_design_suggests_its_own_file_name_with_the_pictures_extension() {
        assertThat(PictureNames.suggested(Path.of("/home/ann/class", "pipeline.zmqtopo"), "Pipeline", "png"))
                .isEqualTo("pipeline.png");
        assertThat(PictureNames.suggested(Path.of("my.lab.zmqtopo"), null, "SVG")).isEqualTo("my.lab.svg");
    }

    @Test
    void an_unsaved_design_suggests_its_title_made_safe_for_a_file_name() {
        assertThat(PictureNames.suggested(null, "Pub/Sub: weather?  updates", "svg"))
                .isEqualTo("Pub-Sub- weather- updates.svg");
        assertThat(PictureNames.suggested(null, " ..hidden.. ", "png")).isEqualTo("hidden.png");
        assertThat(PictureNames.suggested(null, "x".repeat(200), "png")).hasSize(PictureNames.MAX_LENGTH + 4);
    }

    @Test
    void with_no_file_and_no_title_it_is_design() {
        assertThat(PictureNames.suggested(null, null, "png")).isEqualTo("design.png");
        assertThat(PictureNames.suggested(null, "  \t ", "png")).isEqualTo("design.png");
        assertThat(PictureNames.suggested(null, "///", "png")).isEqualTo("design.png");
    }
}
