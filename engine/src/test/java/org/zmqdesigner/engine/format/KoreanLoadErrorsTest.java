package org.zmqdesigner.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqdesigner.engine.model.CountRange;
import org.zmqdesigner.engine.text.KoreanWording;
import org.zmqdesigner.engine.text.Language;

/**
 * Load errors in Korean: the position ("file:line:column: path: ") is the same as in English and
 * the problem is said in Korean, for every file of the bad-file corpus and every kind of error the
 * loader makes itself.
 */
class KoreanLoadErrorsTest {

    private final TopologyFiles files = new TopologyFiles();

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    private TopologyLoadException load(Path file) {
        return catchThrowableOfType(TopologyLoadException.class, () -> files.load(file));
    }

    private TopologyLoadException read(String text) {
        return catchThrowableOfType(TopologyLoadException.class,
                () -> new TopologyFormat().read(text.getBytes(StandardCharsets.UTF_8), "f"));
    }

    /**
     * Corpus files refused by the model's own checks (a record that will not be built), whose words
     * are the model package's to translate and test. While the model speaks only English their
     * problem is left out of the Korean check here (their place is still compared); once it speaks
     * Korean they are checked like the rest.
     */
    private static final Set<String> MODEL_WORDED = Set.of(
            "missing-id", "replies-range-backwards", "replies-not-a-count", "replies-a-list");

    private static boolean modelSpeaksKorean() throws Exception {
        return KoreanWording.inKorean(() -> {
            try {
                CountRange.parse("lots");
                throw new AssertionError("\"lots\" is not a count");
            } catch (IllegalArgumentException e) {
                return KoreanWording.isKorean(e.getMessage());
            }
        });
    }

    /** The same error in Korean: same place, the problem in Korean, the message "place: problem". */
    private static void assertSameInKorean(TopologyLoadException english, TopologyLoadException korean) {
        assertSamePlace(english, korean);
        KoreanWording.assertKorean("the problem of " + english.getMessage(), korean.problem());
    }

    private static void assertSamePlace(TopologyLoadException english, TopologyLoadException korean) {
        assertThat(english).as("the file fails to load").isNotNull();
        assertThat(korean).as("the file fails to load in Korean too").isNotNull();
        assertThat(new Object[] {korean.source(), korean.line(), korean.column(), korean.path()})
                .as("where the Korean error points, against %s", english.getMessage())
                .containsExactly(english.source(), english.line(), english.column(), english.path());
        String place = english.getMessage().substring(0, english.getMessage().length() - english.problem().length());
        assertThat(korean.getMessage()).isEqualTo(place + korean.problem());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.zmqdesigner.engine.format.BadFileCorpusTest#corpus")
    void a_broken_file_is_explained_in_korean_at_the_same_place(String name, int line, int column, String path,
                                                                String words) throws Exception {
        Path file = BadFileCorpusTest.corpusFile(name);

        if (MODEL_WORDED.contains(name) && !modelSpeaksKorean()) {
            assertSamePlace(load(file), KoreanWording.inKorean(() -> load(file)));
        } else {
            assertSameInKorean(load(file), KoreanWording.inKorean(() -> load(file)));
        }
    }

    @Test
    void the_loaders_own_refusals_are_explained_in_korean(@TempDir Path dir) throws Exception {
        byte[] garbage = new byte[512];
        new Random(14).nextBytes(garbage);
        garbage[0] = (byte) 0x89;
        Path binary = Files.write(dir.resolve("picture.zmqtopo"), garbage);
        Path deep = Files.writeString(dir.resolve("deep.zmqtopo"),
                "{\"formatVersion\": 1, \"title\": " + "[".repeat(70) + "]".repeat(70) + "}");
        Path crossed = Files.writeString(dir.resolve("crossed.zmqtopo"), "{\n  \"formatVersion\": 1,\n  \"nodes\": [\n  }\n}\n");
        Path missing = dir.resolve("nope.zmqtopo");
        Path oldVersion = Files.writeString(dir.resolve("zero.zmqtopo"), "{\"formatVersion\": 0}");
        for (Path file : new Path[] {binary, deep, crossed, missing, oldVersion, dir}) {
            assertSameInKorean(load(file), KoreanWording.inKorean(() -> load(file)));
        }
    }

    /** Slips whose English is Jackson's own sentence, as it always was; in Korean they are explained. */
    @Test
    void a_missing_comma_or_an_unknown_word_is_explained_in_korean_and_left_as_before_in_english() throws Exception {
        String[] files = {
            "{\"formatVersion\": 1 \"title\": \"x\"}",
            "{\"formatVersion\": 1, \"nodes\": [{} {}]}",
            "{\"formatVersion\": 1, \"title\": tru}",
            "{\"formatVersion\": 1, \"title\": #}"};
        for (String file : files) {
            assertSameInKorean(read(file), KoreanWording.inKorean(() -> read(file)));
        }
        assertThat(read(files[0]).problem()).isEqualTo("this is not valid JSON: Unexpected character ('\"'): was"
                + " expecting comma to separate Object entries");
        assertThat(KoreanWording.inKorean(() -> read(files[2]).problem())).contains("'tru'");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_in_korean_with_its_numbers_as_written() throws Exception {
        TopologyLoadException korean = KoreanWording.inKorean(
                () -> TopologyFormat.tooLarge("big.zmqtopo", 123_456_789L));

        assertThat(korean.problem()).contains("123.5 MB", "64 MB", ".zmqtopo");
        KoreanWording.assertKorean("the size refusal", korean.problem());
        assertThat(TopologyFormat.tooLarge("big.zmqtopo", 123_456_789L).problem())
                .isEqualTo("the file is 123.5 MB; a topology file is at most 64 MB — is this really a .zmqtopo file?");
    }

    @Test
    void a_version_too_long_for_a_long_is_shown_whole_in_both_languages() throws Exception {
        String file = "{\"formatVersion\": 99999999999999999999, \"nodes\": []}";

        assertThat(read(file).problem()).startsWith("this file has format version 99999999999999999999,");
        String korean = KoreanWording.inKorean(() -> read(file).problem());
        assertThat(korean).contains("99999999999999999999");
        KoreanWording.assertKorean("the newer-version refusal", korean);
    }

    @Test
    void a_sample_that_does_not_load_says_why_in_korean(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.zmqtopo"), "{\"formatVersion\": 1, \"nodes\": {}}");

        SampleLibrary.Sample sample = KoreanWording.inKorean(() -> new SampleLibrary(dir).samples().get(0));

        assertThat(sample.loaded()).isFalse();
        assertThat(sample.problem()).startsWith(dir.resolve("broken.zmqtopo") + ":1:");
        KoreanWording.assertKorean("a broken sample", sample.problem());
    }
}
