package org.zmqdesigner.engine.export.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one door for design text into Python source, and the emitter that lays out the lines. */
class PythonLiteralsTest {

    static final List<String> NASTY = List.of("", "World", "\"\"\"", "'''", "\"; import os; os._exit(1) #", "${x}",
            "\\u000a", "\n", "\r\n", "\0", "\t", "\\", "\\\\\"", "{{ }}", "ünï", "😀", "\u202e", "\u2028", "\u0085",
            "\ud800 lone high", "lone low \udc00", "\ufeff", "end\\");

    @Test
    void string_literals_escape_everything_but_printable_ascii() {
        for (String text : NASTY) {
            String literal = PythonLiterals.string(text);
            assertThat(literal).startsWith("\"").endsWith("\"");
            assertThat(literal.chars()).as(literal).allMatch(c -> c >= 0x20 && c < 0x7f);
            // No quote inside but escaped ones.
            assertThat(literal.substring(1, literal.length() - 1).replace("\\\\", "").replace("\\\"", ""))
                    .doesNotContain("\"");
        }
        assertThat(PythonLiterals.string("a\"b\\c\nd\0é😀")).isEqualTo("\"a\\\"b\\\\c\\nd\\x00\\xe9\\U0001f600\"");
    }

    @Test
    void python_reads_each_literal_back_as_the_same_utf8_bytes_java_sends(@TempDir Path dir) throws Exception {
        PythonPrograms.assumePython();
        List<String> texts = new ArrayList<>(NASTY);
        Random random = new Random(12);
        for (int n = 0; n < 200; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                s.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
            }
            texts.add(s.toString());
        }
        StringBuilder script = new StringBuilder("import sys\n");
        for (String text : texts) {
            script.append("print(").append(PythonLiterals.string(text))
                    .append(".encode('utf-8', 'surrogatepass').hex())\n");
        }
        Files.writeString(dir.resolve("literals.py"), script);
        PythonPrograms.Result result = PythonPrograms.run(dir, 30, "literals.py");
        assertThat(result.exit()).as(result.output()).isZero();
        List<String> lines = result.output().lines().toList();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(lines.get(i)).as("text %d, literal %s", i, PythonLiterals.string(texts.get(i)))
                    .isEqualTo(HexFormat.of().formatHex(texts.get(i).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void comments_stay_one_line_whatever_the_text() {
        for (String text : NASTY) {
            String comment = PythonLiterals.comment(text);
            assertThat(comment).startsWith("# ").doesNotContain("\n", "\r", "\u2028", "\u0085", "\u202e", "\0");
        }
        assertThat(PythonLiterals.comment("say \"hi\"")).isEqualTo("# say \"hi\"");
    }

    @Test
    void identifiers_are_plain_and_never_clash() {
        List<String> taken = new ArrayList<>();
        assertThat(PythonLiterals.identifier("hw-server.1", "node", "_node", taken)).isEqualTo("hw_server_1");
        assertThat(PythonLiterals.identifier("1st", "node", "_node", taken)).isEqualTo("node_1st");
        assertThat(PythonLiterals.identifier("ünï", "node", "_node", taken)).isEqualTo("n");
        assertThat(PythonLiterals.identifier("😀", "node", "_node", taken)).isEqualTo("node");
        for (String reserved : List.of("class", "match", "_", "type", "print", "zmq", "random", "threading",
                "zmqdesigner_support", "run_all", "Queue")) {
            String name = PythonLiterals.identifier(reserved, "node", "_node", taken);
            assertThat(name).as(reserved).isNotEqualTo(reserved).matches("[A-Za-z_][A-Za-z0-9_]*");
            assertThat(PythonLiterals.reserved(name)).as(name).isFalse();
        }
        taken.add("a_b");
        assertThat(PythonLiterals.identifier("A-b", "node", "_node", taken)).isEqualTo("A_b_node");
        taken.add("A_b_node");
        assertThat(PythonLiterals.identifier("a.b", "node", "_node", taken)).isEqualTo("a_b_node_2");
    }

    @Test
    void the_emitter_indents_blocks_wraps_comments_and_refuses_line_breaks() {
        PythonSource py = new PythonSource();
        py.open("def run():");
        py.comment("word ".repeat(40) + "\nnot a new line");
        py.open("while True:");
        py.line("pass");
        py.close();
        py.close();
        String text = py.toString();
        assertThat(text).startsWith("def run():\n    # word word").contains("\n        pass\n");
        assertThat(text.lines()).allMatch(l -> l.length() <= PythonSource.WIDTH);
        assertThat(text.lines().filter(l -> l.contains("not a new line")).findFirst().orElseThrow())
                .contains("# ").contains("\\nnot a new line");
        assertThatThrownBy(() -> new PythonSource().line("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PythonSource().open("if x:").toString()).isInstanceOf(IllegalStateException.class);
    }
}
