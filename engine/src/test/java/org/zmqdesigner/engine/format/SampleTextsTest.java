package org.zmqdesigner.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.text.Language;

class SampleTextsTest {

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    @Test
    void every_sample_has_a_korean_title_and_description_and_nothing_else() throws Exception {
        for (Path sample : Samples.files()) {
            Path korean = SampleTexts.translationOf(sample, Language.KOREAN);
            assertThat(korean).as("the Korean texts of %s", sample.getFileName()).isRegularFile();
            Properties texts = new Properties();
            try (var reader = Files.newBufferedReader(korean, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            assertThat(texts.stringPropertyNames()).as("%s", korean.getFileName())
                    .containsExactlyInAnyOrder("title", "description");
            assertThat(texts.getProperty("description")).as("%s is Korean", korean.getFileName())
                    .containsPattern("\\p{IsHangul}{2,}");
        }
    }

    @Test
    void the_library_gives_the_files_own_texts_in_english_and_the_translation_in_korean() throws Exception {
        SampleLibrary library = new SampleLibrary(Samples.folder());
        Language.set(Language.ENGLISH);
        SampleLibrary.Sample english = sample(library.samples(), "hello-reqrep");
        assertThat(english.title()).isEqualTo(english.topology().title()).isEqualTo("Hello World: request-reply");
        assertThat(english.description()).isEqualTo(english.topology().description());

        Language.set(Language.KOREAN);
        SampleLibrary.Sample korean = sample(library.samples(), "hello-reqrep");
        assertThat(korean.title()).isEqualTo("Hello World: 요청-응답");
        assertThat(korean.description()).startsWith("zguide의 첫 예제인 hwserver와 hwclient입니다.");
        assertThat(korean.topology()).as("the design itself is the same file").isEqualTo(english.topology());
    }

    @Test
    void a_sample_without_a_translation_or_with_a_broken_one_shows_its_own_texts() throws Exception {
        Files.copy(Samples.file("hello-reqrep"), temp.resolve("mine.zmqtopo"));
        Files.copy(Samples.file("pipeline"), temp.resolve("broken.zmqtopo"));
        Files.createDirectory(temp.resolve("broken_ko.properties"));
        Language.set(Language.KOREAN);
        for (SampleLibrary.Sample sample : new SampleLibrary(temp).samples()) {
            assertThat(sample.title()).as(sample.name()).isEqualTo(sample.topology().title());
            assertThat(sample.description()).as(sample.name()).isEqualTo(sample.topology().description());
        }
    }

    private static SampleLibrary.Sample sample(List<SampleLibrary.Sample> samples, String name) {
        return samples.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
