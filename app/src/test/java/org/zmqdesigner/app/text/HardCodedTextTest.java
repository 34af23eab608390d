package org.zmqdesigner.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user text written in the designer's Java code: it belongs in the package's bundle
 * ({@code messages.properties} and {@code messages_ko.properties}), read through {@code Texts}.
 *
 * <p>A string literal is taken for user text when
 * <ul>
 *   <li>it is handed straight to something that shows it ({@code setText}, {@code setTitle},
 *       {@code setHeaderText}, {@code setContentText}, {@code setPromptText}, {@code new Label},
 *       {@code Button}, {@code MenuItem}, {@code Menu}, {@code Tab}, {@code Tooltip}, {@code CheckBox},
 *       {@code RadioMenuItem}, {@code Alert}, {@code ButtonType}… or a status sink) and holds a letter;</li>
 *   <li>or it holds two English words in a row ("Export failed"), wherever it is;</li>
 *   <li>or it holds Hangul: Korean lives only in the Korean bundles.</li>
 * </ul>
 * Not user text, so not counted: log lines ({@code .log(}, {@code System.out/err}), exception
 * messages meant for a developer or a stack trace ({@code throw new}, {@code new …Exception(},
 * {@code Error(}), markup the SVG exporter writes ({@code "<circle cx=\""}), and the few literals
 * in {@link #ALLOWED} (each with its reason). Words in
 * comments are not literals. A failure names file:line and the literal.
 */
class HardCodedTextTest {

    private static final Path SOURCES = Path.of("src/main/java/org/zmqdesigner/app");

    /**
     * Packages other helpers are translating on their own branches while this test was written;
     * the lead empties this set when merging them.
     */
    static final Set<String> PACKAGES_BEING_TRANSLATED = Set.of();

    /** Files whose literals are not UI text at all, with why. */
    static final Map<String, String> FILES_NOT_UI = Map.of(
            "Smoke.java", "the packagers' self-check: its sentences go to the console and the exit code, for CI logs");

    /** Single literals that look like words but are not user text, with why. */
    static final Map<String, String> ALLOWED = Map.of(
            "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif",
            "an SVG font-family list",
            "ZMQ topology", "the SVG file's <title> metadata when a design has no title (the file, not the UI)",
            " on link probe-link", "the validator's English wording removed from a refusal (a probe link's id)",
            "ZMQ Designer", "the product's name, the same in every language",
            "reply to {payload}", "the reply template a ROUTER from the palette starts with: message data written"
                    + " into the design, like REQ's \"Hello\" and REP's \"World\"",
            "other hosts", "the engine report's key for the hosts past those it lists one by one (canvas words"
                    + " name them in the current language)",
            "time_s,from,to,types,frames,payload,message_id", "the trace CSV's header row: column names for"
                    + " programs that read the file, the same in every language (the table's headers are in the bundle)");

    /** Calls and constructors whose first argument is shown to the user. */
    private static final Pattern SINK = Pattern.compile("(?:\\.(?:setText|setTitle|setHeaderText|setContentText"
            + "|setPromptText|accept|describe)|new\\s+(?:Label|Button|MenuItem|Menu|CheckMenuItem|RadioMenuItem|Tab"
            + "|Tooltip|CheckBox|RadioButton|ToggleButton|Hyperlink|TitledPane|TableColumn(?:<[^>]*>)?|ButtonType"
            + "|Text))\\s*\\(\\s*$"
            // second argument: new Alert(type, text), new Action(id, text)
            + "|new\\s+(?:Alert|Action)\\s*\\(\\s*[^,()]*,\\s*$");
    private static final Pattern TWO_WORDS = Pattern.compile("[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** SVG and XML markup written by the exporters ("<circle cx=\""): element names, not words. */
    private static final Pattern MARKUP = Pattern.compile("<[?/]?[a-z]");
    /** Statements whose literals are for developers: logs and exceptions. */
    private static final Pattern NOT_UI = Pattern.compile("\\.log\\(|System\\.(?:out|err)|throw\\s+new|"
            + "new\\s+\\w*(?:Exception|Error|Failure)\\(|\\.printf\\(|\\.println\\(");

    @Test
    void the_designer_has_no_user_text_outside_its_bundles() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            Path relative = SOURCES.relativize(file);
            if (relative.getNameCount() > 1 && PACKAGES_BEING_TRANSLATED.contains(relative.getName(0).toString())) {
                continue;
            }
            if (FILES_NOT_UI.containsKey(file.getFileName().toString())) {
                continue;
            }
            found.addAll(userTexts(relative.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(found).as("user text written in Java instead of a bundle").isEmpty();
    }

    @Test
    void the_scan_finds_text_shown_to_the_user_and_leaves_the_rest() {
        String source = """
                class A {
                    // a comment with two words is not a literal
                    void a() {
                        label.setText("Saved");
                        status.setText(texts.get("saved.status"));
                        button.getStyleClass().add("flat-button");
                        String s = "The design was saved.";
                        String k = "저장";
                        log.log(Level.WARNING, "could not save the file " + file, e);
                        throw new IllegalStateException("no such node " + id);
                        new Tooltip(
                                "Run the design");
                        char quote = '"'; String id = "menu-file";
                    }
                }
                """;
        assertThat(userTexts("A.java", source)).containsExactly(
                "A.java:4: \"Saved\"", "A.java:7: \"The design was saved.\"", "A.java:8: \"저장\"",
                "A.java:12: \"Run the design\"");
    }

    /** Every literal of one source that is user text, as "file:line: literal". */
    static List<String> userTexts(String name, String source) {
        List<String> found = new ArrayList<>();
        StringBuilder code = new StringBuilder(); // the source without comments and literals, for context
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                code.append(c);
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
                code.append("' '");
            } else if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                int start = i + (block ? 3 : 1);
                int end = start;
                while (end < source.length() && !(block ? source.startsWith("\"\"\"", end) : source.charAt(end) == '"')) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                String literal = source.substring(start, Math.min(end, source.length()));
                if (isUserText(literal, statement(code))) {
                    found.add(name + ":" + line + ": \"" + literal + "\"");
                }
                line += (int) literal.chars().filter(ch -> ch == '\n').count();
                i = end + (block ? 3 : 1);
                code.append("\"\"");
            } else {
                code.append(c);
                i++;
            }
        }
        return found;
    }

    /** The code of the statement before a literal: from the last ; { or } on. */
    private static String statement(StringBuilder code) {
        int from = Math.max(code.lastIndexOf(";"), Math.max(code.lastIndexOf("{"), code.lastIndexOf("}")));
        return code.substring(from + 1);
    }

    private static boolean isUserText(String literal, String before) {
        if (ALLOWED.containsKey(literal) || NOT_UI.matcher(before).find() || MARKUP.matcher(literal).find()) {
            return false;
        }
        if (HANGUL.matcher(literal).find() || TWO_WORDS.matcher(literal).find()) {
            return true;
        }
        return LETTER.matcher(literal).find() && SINK.matcher(before).find();
    }
}
