package org.zmqdesigner.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.text.BundleCheck;

/** The designer's bundles as a translator's reviewer reads them: English and Korean say the same keys. */
class AppBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void every_english_bundle_has_a_korean_one_with_the_same_keys_and_valid_patterns() throws Exception {
        assertThat(BundleCheck.problems(RESOURCES)).isEmpty();
    }

    @Test
    void the_check_looks_at_the_designers_bundles() throws Exception {
        // A moved resources folder would make the check above pass on nothing.
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("messages_ko.properties")).count())
                    .isGreaterThanOrEqualTo(10);
        }
    }
}
