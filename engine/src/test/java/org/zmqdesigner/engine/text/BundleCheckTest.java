package org.zmqdesigner.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCheckTest {

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    @Test
    void the_engines_bundles_have_the_same_keys_in_english_and_korean() throws Exception {
        assertThat(BundleCheck.problems(Path.of("src/main/resources"))).isEmpty();
    }

    @Test
    void the_samples_and_lessons_bundles_have_the_same_keys_in_english_and_korean() throws Exception {
        assertThat(BundleCheck.problems(Path.of("../samples"))).isEmpty();
    }

    @Test
    void a_missing_key_an_empty_value_and_a_lone_apostrophe_are_each_named() throws Exception {
        Files.writeString(temp.resolve("messages.properties"), "a=one\nb=don't\nc={0} ok\n", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("messages_ko.properties"), "a=하나\nc=\n", StandardCharsets.UTF_8);
        assertThat(BundleCheck.problems(temp)).containsExactlyInAnyOrder(
                "messages_ko.properties: missing key b",
                "messages.properties: b has a lone apostrophe (write '' for one)",
                "messages_ko.properties: c is empty");
    }

    @Test
    void texts_follow_the_language_and_fill_arguments() throws Exception {
        Files.writeString(temp.resolve("t.properties"), "hello=Hello, {0}\napostrophe=don''t\n", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("t_ko.properties"), "hello=안녕, {0}\napostrophe=하지 마\n", StandardCharsets.UTF_8);
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {temp.toUri().toURL()}, null)) {
            Texts texts = Texts.named("t", loader);
            Language.set(Language.ENGLISH);
            assertThat(texts.get("hello", "world")).isEqualTo("Hello, world");
            assertThat(texts.get("apostrophe")).isEqualTo("don't");
            Language.set(Locale.forLanguageTag("ko-KR"));
            assertThat(Language.current()).isEqualTo(Language.KOREAN);
            assertThat(texts.get("hello", "세계")).isEqualTo("안녕, 세계");
            assertThat(texts.in(Language.ENGLISH, "hello", "x")).isEqualTo("Hello, x");
        }
    }
}
