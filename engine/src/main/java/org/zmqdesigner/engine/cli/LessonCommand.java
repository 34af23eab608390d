package org.zmqdesigner.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.lesson.Lesson;
import org.zmqdesigner.engine.lesson.LessonLoader;
import org.zmqdesigner.engine.lesson.LessonPlayer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lesson FILE}: the teacher's test of a lesson, every checked step played for real. */
@Command(name = "lesson",
        mixinStandardHelpOptions = true,
        description = {
                "Load a lesson (.zmqlesson) and play it: each checked step must fail on the design the",
                "student has when the step begins and pass with the step's solution. Designs run for real",
                "when a check needs a run. See docs/LESSONS.md for the format."},
        footer = {"", "Exit status: 0 every checked step behaves, 1 the lesson cannot be loaded or a step does"
                + " not behave, 2 the usage is wrong."})
final class LessonCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The lesson (.zmqlesson) to play.")
    Path file;

    @Option(names = "--max-run", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "10s",
            description = "The longest one run may take to decide a check, e.g. 10s (default), 30s.")
    Duration maxRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lesson lesson;
        try {
            lesson = new LessonLoader().load(file);
        } catch (TopologyLoadException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
        try {
            boolean behaves = new LessonPlayer(maxRun, line -> {
                out.println(line);
                out.flush();
            }).play(lesson).behaves();
            return behaves ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(file + ": interrupted");
            return 1;
        }
    }
}
