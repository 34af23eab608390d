package org.zmqdesigner.engine.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Language;

class LessonLoaderTest {

    private static final String LESSON = "01-hello-reqrep";

    @TempDir
    Path dir;
    private Path file;
    private String text;

    /** A copy of lesson 1 with its designs and texts, to break one thing at a time. */
    @BeforeEach
    void copyLessonOne() throws IOException {
        Path lessons = Samples.folder().resolve(LessonLibrary.FOLDER);
        try (Stream<Path> files = Files.list(lessons)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(LESSON)).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        file = dir.resolve(LESSON + Lesson.EXTENSION);
        text = Files.readString(file);
    }

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    private TopologyLoadException refused(String changed) throws IOException {
        Files.writeString(file, changed);
        try {
            new LessonLoader().load(file);
        } catch (TopologyLoadException e) {
            return e;
        }
        throw new AssertionError("the lesson loaded, though it says: " + changed);
    }

    /** Line and column (from 1) of the first occurrence of {@code what} in the file's text. */
    private String at(String changed, String what) {
        int offset = changed.indexOf(what);
        assertThat(offset).as("%s in the changed file", what).isNotNegative();
        String before = changed.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        return file + ":" + line + ":" + column + ": ";
    }

    @Test
    void a_good_lesson_loads_with_its_designs_steps_checks_and_texts_in_both_languages() throws Exception {
        Lesson lesson = new LessonLoader().load(file);

        assertThat(lesson.id()).isEqualTo("hello-reqrep");
        assertThat(lesson.order()).isEqualTo(1);
        assertThat(lesson.start().node("server")).isPresent();
        assertThat(lesson.start().links()).isEmpty();
        assertThat(lesson.steps()).extracting(LessonStep::id).containsExactly("meet", "connect", "lockstep");
        LessonStep connect = lesson.step("connect").orElseThrow();
        assertThat(connect.needsRun()).isTrue();
        assertThat(connect.highlight()).containsExactly("client/requester", "server/responder");
        assertThat(connect.check().orElseThrow().conditions()).containsExactly(
                new DesignCondition.Validates(),
                new DesignCondition.ServedByOne(SocketType.REQ, SocketType.REP, 1),
                new RunCondition.NodeCounter("client", Counter.RECEIVED, Comparison.atLeast(1)));
        assertThat(lesson.solution(connect).orElseThrow().links()).hasSize(1);
        assertThat(lesson.step("meet").orElseThrow().check()).isEmpty();
        assertThat(lesson.solution(lesson.step("meet").orElseThrow())).isEmpty();

        assertThat(lesson.texts().title()).isEqualTo("Hello World: request and reply");
        assertThat(lesson.texts().stepText("connect")).contains("REQ's lockstep").contains("\n\n");
        Language.set(Language.KOREAN);
        assertThat(lesson.texts().title()).isEqualTo("Hello World: 요청과 응답");
        assertThat(lesson.texts().hint("lockstep")).contains("delayMs");
    }

    @Test
    void broken_json_is_refused_with_line_and_column() throws Exception {
        String changed = text.replace("\"order\": 1,", "\"order\": 1,,");

        TopologyLoadException e = refused(changed);

        assertThat(e.getMessage()).startsWith(file + ":4:14: ").contains("not valid JSON");
    }

    @Test
    void an_unknown_field_is_refused_where_it_stands_with_a_suggestion() throws Exception {
        String changed = text.replace("\"highlight\": [\"client\", \"server\"]", "\"highlights\": [\"client\"]");

        TopologyLoadException e = refused(changed);

        assertThat(e.getMessage()).startsWith(at(changed, "\"highlights\""))
                .contains("\"highlights\" is not a field here").contains("did you mean \"highlight\"");
    }

    @Test
    void an_unknown_check_condition_is_refused_where_it_stands() throws Exception {
        String changed = text.replace("{\"validates\": true}", "{\"lostMessages\": 0}");

        TopologyLoadException e = refused(changed);

        assertThat(e.getMessage()).startsWith(at(changed, "\"lostMessages\""))
                .contains("\"lostMessages\" is not a field here");
    }

    @Test
    void a_condition_that_mixes_two_checks_is_refused_at_its_brace() throws Exception {
        String changed = text.replace("{\"validates\": true}", "{\"validates\": true, \"unchanged\": \"server\"}");

        TopologyLoadException e = refused(changed);

        assertThat(e.getMessage()).startsWith(at(changed, "{\"validates\": true, "))
                .contains("steps[1].check.conditions[0]").contains("one condition checks one thing");
    }

    @Test
    void a_counter_that_is_not_one_is_refused_with_the_counters() throws Exception {
        String changed = text.replace("\"counter\": \"received\", \"node\": \"client\"",
                "\"counter\": \"recieved\", \"node\": \"client\"");

        TopologyLoadException e = refused(changed);

        assertThat(e.getMessage()).startsWith(at(changed, "\"recieved\"")).contains("did you mean received");
    }

    @Test
    void a_design_check_with_a_run_condition_is_refused() throws Exception {
        String changed = text.replaceFirst("\"on\": \"run\"", "\"on\": \"design\"");

        TopologyLoadException e = refused(changed);

        assertThat(e.getMessage()).contains(":" + (changed.lines().toList().indexOf("      \"check\": {") + 1) + ":")
                .contains("cannot hold run conditions");
    }

    @Test
    void a_design_path_that_leaves_the_folder_is_refused() throws Exception {
        for (String outside : new String[] {"../01-hello-reqrep.zmqtopo", "/etc/passwd.zmqtopo",
                "sub/../../x.zmqtopo"}) {
            String changed = text.replace("\"design\": \"01-hello-reqrep.zmqtopo\"", "\"design\": \"" + outside + "\"");

            TopologyLoadException e = refused(changed);

            assertThat(e.getMessage()).as(outside).startsWith(at(changed, "\"" + outside + "\""))
                    .contains("leaves the lesson's folder");
        }
    }

    @Test
    void a_solution_linked_from_outside_the_folder_is_refused() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere")).getParent().getParent()
                .resolve("outside-" + System.nanoTime() + ".zmqtopo");
        Files.copy(dir.resolve("01-hello-reqrep.fast.zmqtopo"), outside);
        try {
            Files.delete(dir.resolve("01-hello-reqrep.fast.zmqtopo"));
            Files.createSymbolicLink(dir.resolve("01-hello-reqrep.fast.zmqtopo"), outside);

            TopologyLoadException e = refused(text);

            assertThat(e.getMessage()).startsWith(at(text, "\"01-hello-reqrep.fast.zmqtopo\""))
                    .contains("leads out of the lesson's folder");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void a_missing_solution_file_is_named_where_the_lesson_names_it() throws Exception {
        Files.delete(dir.resolve("01-hello-reqrep.fast.zmqtopo"));

        TopologyLoadException e = refused(text);

        assertThat(e.getMessage()).startsWith(at(text, "\"01-hello-reqrep.fast.zmqtopo\""))
                .contains("steps[2].solution").contains("no such file");
    }

    @Test
    void a_broken_design_is_reported_with_its_own_line_and_column() throws Exception {
        Path design = dir.resolve("01-hello-reqrep.zmqtopo");
        Files.writeString(design, Files.readString(design).replace("\"REQ\"", "\"REQQ\""));

        TopologyLoadException e = refused(text);

        assertThat(e.getMessage()).startsWith(at(text, "\"01-hello-reqrep.zmqtopo\""))
                .containsPattern(java.util.regex.Pattern.quote(design.toString()) + ":\\d+:\\d+: ")
                .contains("\"REQQ\" is not a socket type");
    }

    @Test
    void a_device_instead_of_a_file_is_not_read() throws Exception {
        assertThatThrownBy(() -> new LessonLoader().load(Path.of("/dev/zero")))
                .isInstanceOf(TopologyLoadException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void missing_texts_are_named_with_their_keys() throws Exception {
        Path english = dir.resolve(LESSON + ".properties");
        Files.writeString(english, Files.readString(english).replaceAll("(?m)^step\\.lockstep\\.hint=.*$", ""));

        TopologyLoadException e = refused(text);

        assertThat(e.getMessage()).startsWith(english + ": ").contains("step.lockstep.hint");
    }

    @Test
    void a_text_that_is_not_a_valid_pattern_is_named_with_its_line() throws Exception {
        Path korean = dir.resolve(LESSON + "_ko.properties");
        Files.writeString(korean, Files.readString(korean).replace("title=Hello World", "title=Hello {World"));

        TopologyLoadException e = refused(text);

        assertThat(e.getMessage()).startsWith(korean + ":1:1: title: ").contains("not a valid pattern");
    }

    @Test
    void the_library_orders_lessons_and_keeps_broken_ones_with_their_reason() throws Exception {
        Files.writeString(dir.resolve("00-broken.zmqlesson"), "{\"formatVersion\": 1, \"id\": \"x\"}");

        var entries = LessonLibrary.in(dir).entries();

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).lesson().id()).isEqualTo("hello-reqrep");
        assertThat(entries.get(1).loaded()).isFalse();
        assertThat(entries.get(1).problem()).contains("00-broken.zmqlesson").contains("order");
    }

    @Test
    void the_shipped_lessons_are_discovered_beside_the_samples() {
        assertThat(LessonLibrary.discover()).hasValueSatisfying(library -> assertThat(library.lessons())
                .extracting(Lesson::id).contains("hello-reqrep"));
    }

    @Test
    void every_shipped_lesson_design_is_saved_as_the_designer_saves_it() throws Exception {
        org.zmqdesigner.engine.format.TopologyFiles files = new org.zmqdesigner.engine.format.TopologyFiles();
        try (Stream<Path> designs = Files.list(Samples.folder().resolve(LessonLibrary.FOLDER))) {
            for (Path design : designs.filter(f -> f.toString().endsWith(".zmqtopo")).sorted().toList()) {
                assertThat(files.format().write(files.load(design))).as("%s, saved again", design)
                        .isEqualTo(Files.readString(design));
            }
        }
    }

    @Test
    void a_teacher_working_in_korean_reads_the_problem_in_korean() throws Exception {
        Language.set(Language.KOREAN);
        String changed = text.replace("{\"validates\": true}", "{\"validates\": true, \"unchanged\": \"server\"}");

        TopologyLoadException e = refused(changed);

        assertThat(e.getMessage()).startsWith(at(changed, "{\"validates\": true, "))
                .contains("조건 하나는 한 가지만 검사하는데, 이 조건에는 validates, unchanged이(가) 함께 있어요");
    }
}
