package org.zmqdesigner.engine.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zmqdesigner.engine.format.Samples;

/**
 * Every lesson shipped in {@code samples/lessons/}, whoever wrote it, played for real: each checked
 * step must fail on the design the student has when the step begins and pass with its solution.
 */
class LessonPlayerTest {

    /** Long enough for a run check that asks only what it needs; a start that never fails costs this. */
    static final Duration MAX_RUN = Duration.ofSeconds(6);

    @TestFactory
    Stream<DynamicTest> every_shipped_lesson_fails_on_its_start_and_passes_with_its_solutions() {
        Path folder = Samples.folder().resolve(LessonLibrary.FOLDER);
        assertThat(folder).isDirectory();
        List<LessonLibrary.Entry> entries = LessonLibrary.in(folder).entries();
        assertThat(entries).as("lessons in %s", folder).isNotEmpty();
        return entries.stream().map(entry -> DynamicTest.dynamicTest(entry.file().getFileName().toString(), () -> {
            assertThat(entry.problem()).as("the lesson loads").isNull();
            List<String> lines = new ArrayList<>();
            LessonPlayer.Outcome outcome = new LessonPlayer(MAX_RUN, lines::add).play(entry.lesson());
            assertThat(outcome.steps()).as("a lesson ends with a check the student must pass").isNotEmpty();
            assertThat(entry.lesson().steps().get(entry.lesson().steps().size() - 1).check())
                    .as("the last step is checked").isPresent();
            lines.forEach(System.out::println);
            assertThat(outcome.behaves()).as(String.join("\n", lines)).isTrue();
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_lesson_has_korean_texts() throws Exception {
        Path folder = Samples.folder().resolve(LessonLibrary.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(Lesson.EXTENSION)).sorted().toList().stream()
                    .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> assertThat(
                            folder.resolve(LessonLoader.baseName(f) + "_ko.properties")).isRegularFile()));
        }
    }
}
