package org.zmqdesigner.app.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.explain.Measure;
import org.zmqdesigner.engine.text.BundleCheck;
import org.zmqdesigner.engine.text.Language;

/** The explainer view's texts: both languages with the same keys, and a word for every measure. */
class ExplainBundleTest {

    @Test
    void english_and_korean_have_the_same_keys_and_valid_patterns() throws Exception {
        assertThat(BundleCheck.problems(Path.of("src/main/resources/org/zmqdesigner/app/explain"))).isEmpty();
    }

    @Test
    void every_measure_has_its_words_in_both_languages() {
        for (Measure m : Measure.values()) {
            assertThat(Words.measure(m, 1234)).as("%s", m).contains("1,234");
            try {
                Language.set(Language.KOREAN);
                assertThat(Words.measure(m, 1234)).as("%s in Korean", m).contains("1,234");
            } finally {
                Language.set(Language.ENGLISH);
            }
        }
    }
}
