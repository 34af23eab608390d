package org.zmqdesigner.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.text.BundleCheck;

/** The inspector's and the palette's words exist in English and Korean, key for key. */
class InspectorBundlesTest {

    @Test
    void the_inspector_and_palette_bundles_have_the_same_keys_in_english_and_korean() throws Exception {
        assertThat(BundleCheck.problems(Path.of("src/main/resources/org/zmqdesigner/app/inspector"))).isEmpty();
        assertThat(BundleCheck.problems(Path.of("src/main/resources/org/zmqdesigner/app/palette"))).isEmpty();
    }
}
