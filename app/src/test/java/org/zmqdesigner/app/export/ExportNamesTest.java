package org.zmqdesigner.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.export.ExportTarget;

class ExportNamesTest {

    @Test
    void a_saved_design_exports_under_its_file_name_an_unsaved_one_under_its_title_else_design() {
        assertThat(ExportNames.designName(Path.of("/x/hello-reqrep.zmqtopo"), "Hello World")).isEqualTo("hello-reqrep");
        assertThat(ExportNames.designName(null, "  Hello World: request-reply ")).isEqualTo("Hello World: request-reply");
        assertThat(ExportNames.designName(null, " ")).isEqualTo("design");
        assertThat(ExportNames.designName(null, null)).isEqualTo("design");
    }

    @Test
    void the_suggested_folder_is_the_name_made_safe_with_the_target() {
        assertThat(ExportNames.folderName(Path.of("/x/pipeline.zmqtopo"), null, ExportTarget.JAVA))
                .isEqualTo("pipeline-java");
        assertThat(ExportNames.folderName(null, "Hello World: request-reply", ExportTarget.DEPLOY))
                .isEqualTo("hello-world-request-reply-deploy");
        assertThat(ExportNames.folderName(null, "../ «Café» /", ExportTarget.JAVA)).isEqualTo("café-java");
        assertThat(ExportNames.folderName(null, null, ExportTarget.PYTHON)).isEqualTo("design-python");
        assertThat(ExportNames.folderName(null, "***", ExportTarget.PYTHON)).isEqualTo("design-python");
    }
}
