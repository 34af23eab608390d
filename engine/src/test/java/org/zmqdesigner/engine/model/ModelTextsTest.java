package org.zmqdesigner.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.text.Language;

/**
 * The model's words exist in English and in Korean: every socket type's role, every option's title,
 * default, description and reason for doing nothing, node kinds and behaviour names. What the file
 * says does not follow the language.
 */
class ModelTextsTest {

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    /** The text in English and in Korean, read the way the designer reads it: in the current language. */
    private static List<String> inBoth(Supplier<String> text) {
        Language.set(Language.ENGLISH);
        String english = text.get();
        Language.set(Language.KOREAN);
        String korean = text.get();
        Language.set(Language.ENGLISH);
        return List.of(english, korean);
    }

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static void writtenInBoth(String what, List<String> both) {
        assertThat(both.get(0)).as("%s in English", what).isNotBlank().doesNotContain("{").matches(s -> !hangul(s));
        assertThat(both.get(1)).as("%s in Korean", what).isNotBlank().doesNotContain("{").matches(s -> hangul(s));
    }

    @ParameterizedTest
    @EnumSource(SocketType.class)
    void every_socket_types_role_is_written_in_english_and_korean(SocketType type) {
        writtenInBoth(type + " role", inBoth(type::role));
        assertThat(type.role(Language.KOREAN)).isEqualTo(inBoth(type::role).get(1));
    }

    @ParameterizedTest
    @EnumSource(SocketOption.class)
    void every_options_title_default_and_description_are_written_in_english_and_korean(SocketOption option) {
        List<String> description = inBoth(option::description);
        writtenInBoth(option + " description", description);
        assertThat(description.get(0)).endsWith(".");
        assertThat(description.get(1)).endsWith(".");
        List<String> title = inBoth(option::title);
        assertThat(title).as("%s title", option).allMatch(s -> !s.isBlank());
        List<String> defaults = inBoth(option::defaultValue);
        assertThat(defaults).as("%s default", option).allMatch(s -> !s.isBlank() && !s.contains("{"));
        if (option.unit() != null) {
            assertThat(inBoth(option::unit)).allMatch(s -> !s.isBlank());
        }
        for (SocketType type : SocketType.values()) {
            if (!option.appliesTo(type)) {
                writtenInBoth(option + " on " + type, inBoth(() -> option.whyNotOn(type)));
            }
        }
    }

    @Test
    void the_runs_numbers_in_defaults_are_written_without_grouping_in_both_languages() {
        assertThat(inBoth(SocketOption.MAXMSGSIZE::defaultValue))
                .allMatch(s -> s.contains(String.valueOf(SocketOption.RUN_MAX_MSG_SIZE)));
        assertThat(inBoth(SocketOption.LINGER::defaultValue))
                .allMatch(s -> s.contains(SocketOption.RUN_LINGER_MILLIS + ""));
        assertThat(inBoth(() -> SocketOption.ROUTING_ID.whyNotOn(SocketType.PUB))).allMatch(s -> s.contains("PUB"));
    }

    @ParameterizedTest
    @EnumSource(SocketOption.class)
    void a_default_starts_with_the_same_number_in_both_languages(SocketOption option) {
        List<String> defaults = inBoth(option::defaultValue);
        // Lesson checks read a numeric default from the start of the text, whatever the language.
        java.util.function.Function<String, String> number = s -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^-?\\d+").matcher(s);
            return m.find() ? m.group() : "none";
        };
        assertThat(number.apply(defaults.get(1))).as("%s: %s", option, defaults)
                .isEqualTo(number.apply(defaults.get(0)));
    }

    @Test
    void kinds_and_behaviours_have_a_name_in_both_languages_while_their_file_words_stay() {
        for (NodeKind kind : NodeKind.values()) {
            assertThat(inBoth(kind::label)).as("%s", kind).allMatch(s -> !s.isBlank());
        }
        assertThat(inBoth(NodeKind.APPLICATION::label)).containsExactly("application", "애플리케이션");
        for (String word : List.of("source", "responder", "worker", "sink", "echo", "broker")) {
            writtenInBoth(word, inBoth(() -> Behaviour.shownName(word)));
        }
        Language.set(Language.KOREAN);
        assertThat(new Behaviour.Echo(null).typeName()).isEqualTo("echo");
    }

    @Test
    void syntax_errors_speak_the_current_language() {
        Language.set(Language.KOREAN);
        assertThatThrownBy(() -> Endpoint.parse("localhost:5555")).hasMessageContaining("localhost:5555")
                .matches(e -> hangul(e.getMessage()));
        assertThatThrownBy(() -> PayloadTemplate.compile("{nope}")).hasMessageContaining("{nope}")
                .matches(e -> hangul(e.getMessage()));
        assertThatThrownBy(() -> new Node("", null, NodeKind.APPLICATION, new Position(0, 0), null, null,
                List.of(), null)).hasMessageContaining("\"id\"").matches(e -> hangul(e.getMessage()));
        assertThatThrownBy(() -> CountRange.parse("many")).matches(e -> hangul(e.getMessage()));
        Language.set(Language.ENGLISH);
        assertThatThrownBy(() -> Endpoint.parse("localhost:5555")).hasMessage("\"localhost:5555\" is not an endpoint:"
                + " it needs a transport, as in tcp://localhost:5555, ipc://name or inproc://name");
    }

    @Test
    void a_design_saved_in_korean_is_the_same_file_as_in_english() throws Exception {
        TopologyFiles files = new TopologyFiles();
        for (Path sample : Samples.files()) {
            Topology design = files.load(sample);
            Path english = temp.resolve("en.zmqtopo");
            Path korean = temp.resolve("ko.zmqtopo");
            files.save(design, english);
            Language.set(Language.KOREAN);
            files.save(files.load(sample), korean);
            Language.set(Language.ENGLISH);
            assertThat(Files.readString(korean)).as("%s", sample.getFileName()).isEqualTo(Files.readString(english));
        }
    }
}
