package org.zmqdesigner.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of broken file gets one clear sentence naming file, line, column and JSON path,
 * and never a Java exception's words.
 */
class BadFileCorpusTest {

    private final TopologyFiles files = new TopologyFiles();

    static Stream<Arguments> corpus() {
        return Stream.of(
                // file, line, column (0 = not applicable), path, words the problem must contain
                Arguments.of("trailing-comma", 4, 1, "title", "comma before }"),
                Arguments.of("truncated", 5, 1, "nodes[0]", "ends too early — the list [ opened at line 3, column 12 is never closed with ]"),
                Arguments.of("single-quotes", 2, 3, "", "double quotes"),
                Arguments.of("unknown-socket-type", 4, 49, "nodes[0].sockets[0].type",
                        "\"PUBB\" is not a socket type — did you mean PUB?"),
                Arguments.of("newer-version", 2, 20, "formatVersion", "format version 2, written by a newer"),
                Arguments.of("empty", 0, 0, "", "the file is empty"),
                Arguments.of("whitespace-only", 0, 0, "", "the file is empty"),
                Arguments.of("nodes-not-a-list", 3, 12, "nodes", "expected a list [...], found an object"),
                Arguments.of("wrong-type-string-for-number", 4, 33, "nodes[0].startDelayMs",
                        "expected a whole number, found the string \"soon\""),
                Arguments.of("wrong-type-number-for-id", 4, 12, "nodes[0].id",
                        "expected a string in double quotes, found the number 42"),
                Arguments.of("wrong-type-string-for-boolean", 4, 80, "nodes[0].sockets[0].options.conflate",
                        "expected true or false, found the string \"yes\""),
                Arguments.of("unknown-behaviour", 4, 30, "nodes[0].behaviour",
                        "\"sorce\" is not a behaviour — did you mean source?"),
                Arguments.of("class-name-as-type", 4, 30, "nodes[0].behaviour",
                        "\"java.lang.ProcessBuilder\" is not a behaviour; the behaviours are source,"),
                Arguments.of("behaviour-without-type", 4, 30, "nodes[0].behaviour", "a behaviour needs a \"type\""),
                Arguments.of("missing-id", 4, 5, "nodes[0]", "a node needs a non-empty \"id\""),
                Arguments.of("misspelt-option", 4, 68, "nodes[0].sockets[0].options.sndHwm",
                        "\"sndHwm\" is not a field here — did you mean \"sndhwm\"?"),
                Arguments.of("duplicate-field", 4, 0, "title", "the same field appears twice: 'title'"),
                Arguments.of("no-format-version", 1, 1, "", "\"formatVersion\" is missing"),
                Arguments.of("format-version-as-string", 2, 20, "formatVersion",
                        "expected a whole number, found the string \"1\""),
                Arguments.of("root-is-a-list", 1, 1, "", "holds one JSON object {...}; this one holds a list"),
                Arguments.of("number-too-large", 4, 33, "nodes[0].startDelayMs", "the number 99999999999 is too large here; the largest allowed is 2147483647"),
                Arguments.of("unknown-node-kind", 4, 0, "nodes[0].kind", "\"proxy\" is not a node kind; use one of"
                        + " application, queue, forwarder, streamer"),
                Arguments.of("socket-type-as-number", 4, 0, "nodes[0].sockets[0].type", "socket type"),
                Arguments.of("two-documents", 4, 1, "", "more after the end"),
                Arguments.of("replies-range-backwards", 4, 63, "nodes[0].behaviour.replies",
                        "first number is not larger than its second (was 4..1)"),
                Arguments.of("replies-not-a-count", 4, 63, "nodes[0].behaviour.replies",
                        "\"lots\" is not a count: write a number such as 3, or a range such as 0..4"),
                Arguments.of("replies-a-list", 4, 63, "nodes[0].behaviour.replies",
                        "a count must be a number such as 3, or a range such as \"0..4\""),
                // Found by LoaderFuzzTest: loaded, but saved as "?", so the file came back another design.
                Arguments.of("lone-surrogate", 3, 0, "title",
                        "this text holds half a character (\\uD800 at position 19, a lone UTF-16 surrogate)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void a_broken_file_gets_one_clear_located_message(String name, int line, int column, String path,
                                                      String words) throws Exception {
        Path file = corpusFile(name);

        TopologyLoadException error = catchThrowableOfType(TopologyLoadException.class, () -> files.load(file));

        assertThat(error).as("loading %s should fail", name).isNotNull();
        assertThat(error.problem()).contains(words);
        assertThat(error.path()).isEqualTo(path);
        assertThat(error.source()).isEqualTo(file.toString());
        if (line > 0) {
            assertThat(error.line()).as("line").isEqualTo(line);
        }
        if (column > 0) {
            assertThat(error.column()).as("column").isEqualTo(column);
        }
        assertThat(error.getMessage()).startsWith(file.toString()).doesNotContain("\n");
        assertPlainWords(error);
    }

    @Test
    void the_message_reads_file_line_column_path_then_problem() throws Exception {
        Path file = corpusFile("unknown-socket-type");

        TopologyLoadException error = catchThrowableOfType(TopologyLoadException.class, () -> files.load(file));

        assertThat(error.getMessage()).isEqualTo(file + ":4:49: nodes[0].sockets[0].type: \"PUBB\" is not a"
                + " socket type — did you mean PUB?");
    }

    @Test
    void binary_garbage_is_named_as_such(@TempDir Path dir) throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = (byte) 0x89; // a PNG header, as when someone picks the wrong file
        garbage[1] = 'P';
        Path file = Files.write(dir.resolve("picture.zmqtopo"), garbage);

        TopologyLoadException error = catchThrowableOfType(TopologyLoadException.class, () -> files.load(file));

        assertThat(error.problem()).contains("binary data").contains("not UTF-8 JSON text");
        assertThat(error.line()).isEqualTo(1);
        assertPlainWords(error);
    }

    @Test
    void a_ten_megabyte_file_of_nested_lists_is_refused_quickly_without_a_stack_overflow(@TempDir Path dir)
            throws Exception {
        byte[] deep = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(deep, (byte) '[');
        Path file = Files.write(dir.resolve("deep.zmqtopo"), deep);

        TopologyLoadException error = catchThrowableOfType(TopologyLoadException.class, () -> files.load(file));

        assertThat(error.problem()).contains("nested too deeply");
        assertPlainWords(error);
    }

    /** Found by {@link LoaderFuzzTest}: Jackson's limit said nothing of where, and spoke of its own settings. */
    @Test
    void nesting_too_deep_inside_a_design_is_located_at_the_bracket_that_goes_too_deep(@TempDir Path dir)
            throws Exception {
        String text = "{\n  \"formatVersion\": 1,\n  \"title\": " + "[".repeat(70) + "]".repeat(70) + "\n}\n";
        Path file = Files.writeString(dir.resolve("deep.zmqtopo"), text, StandardCharsets.UTF_8);

        TopologyLoadException error = catchThrowableOfType(TopologyLoadException.class, () -> files.load(file));

        assertThat(error.problem()).isEqualTo("the JSON is nested too deeply to be a topology: more than 64 levels"
                + " of { and [ inside each other");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).as("the 64th [ on the line, the 65th level").isEqualTo(12 + 63);
        assertPlainWords(error);
    }

    /** Found by {@link LoaderFuzzTest}: the message quoted Jackson's "[Source: REDACTED …]". */
    @Test
    void a_brace_closing_a_list_names_where_the_list_opened(@TempDir Path dir) throws Exception {
        String text = "{\n  \"formatVersion\": 1,\n  \"nodes\": [\n  }\n}\n";
        Path file = Files.writeString(dir.resolve("crossed.zmqtopo"), text, StandardCharsets.UTF_8);

        TopologyLoadException error = catchThrowableOfType(TopologyLoadException.class, () -> files.load(file));

        assertThat(error.problem()).isEqualTo("this is not valid JSON: a } where ] belongs — the list [ opened at"
                + " line 3, column 12 must be closed first");
        assertThat(error.line()).isEqualTo(4);
        assertPlainWords(error);
    }

    /** Found while reading what the fuzz test's huge numbers did: the version wrapped round a long. */
    @ParameterizedTest(name = "formatVersion {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "99999999999999999999|this file has format version 99999999999999999999, written by a newer ZMQ Designer",
        "9223372036854775808|this file has format version 9223372036854775808, written by a newer ZMQ Designer",
        "-99999999999999999999|-99999999999999999999 is not a format version; the first was 1"})
    void a_format_version_beyond_a_long_is_said_as_written(String version, String words) throws Exception {
        TopologyLoadException error = catchThrowableOfType(TopologyLoadException.class, () -> new TopologyFormat()
                .read(("{\"formatVersion\": " + version + ", \"nodes\": []}").getBytes(StandardCharsets.UTF_8), "f"));

        assertThat(error.problem()).startsWith(words);
        assertThat(error.getMessage()).startsWith("f:1:19: formatVersion: ");
    }

    @Test
    void a_ten_megabyte_file_with_a_huge_unknown_field_is_read_and_the_field_named(@TempDir Path dir)
            throws Exception {
        String filler = "x".repeat(10 * 1024 * 1024);
        String text = "{\n  \"formatVersion\": 1,\n  \"junk\": \"" + filler + "\"\n}\n";
        Path file = Files.writeString(dir.resolve("big.zmqtopo"), text, StandardCharsets.UTF_8);

        TopologyLoadException error = catchThrowableOfType(TopologyLoadException.class, () -> files.load(file));

        assertThat(error.path()).isEqualTo("junk");
        assertThat(error.problem()).contains("\"junk\" is not a field here");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(3);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.zmqtopo");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(TopologyFormat.MAX_FILE_BYTES + 1);
        }

        TopologyLoadException error = catchThrowableOfType(TopologyLoadException.class, () -> files.load(file));

        assertThat(error.problem()).contains("at most 64 MB");
    }

    @Test
    void a_missing_file_and_a_folder_say_so(@TempDir Path dir) {
        TopologyLoadException missing = catchThrowableOfType(TopologyLoadException.class,
                () -> files.load(dir.resolve("nope.zmqtopo")));
        TopologyLoadException folder = catchThrowableOfType(TopologyLoadException.class, () -> files.load(dir));

        assertThat(missing.problem()).isEqualTo("no such file");
        assertThat(folder.problem()).contains("folder");
    }

    private static void assertPlainWords(TopologyLoadException error) {
        assertThat(error.getMessage())
                .doesNotContain("com.fasterxml")
                .doesNotContain("java.lang.Integer")
                .doesNotContain("Exception")
                .doesNotContain("[Source:")
                .doesNotContain("org.zmqdesigner")
                .doesNotContain("REDACTED")
                .doesNotContain("StreamRead");
        assertThat(error.getStackTrace()).as("no stack trace is recorded for a load error").isEmpty();
    }

    static Path corpusFile(String name) throws URISyntaxException {
        return Path.of(BadFileCorpusTest.class.getResource("/corpus/bad/" + name + ".zmqtopo").toURI());
    }
}
