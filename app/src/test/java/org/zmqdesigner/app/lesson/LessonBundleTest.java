package org.zmqdesigner.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.text.BundleCheck;

class LessonBundleTest {

    @Test
    void the_panel_speaks_english_and_korean_with_the_same_keys() throws Exception {
        assertThat(BundleCheck.problems(Path.of("src/main/resources/org/zmqdesigner/app/lesson"))).isEmpty();
    }
}
