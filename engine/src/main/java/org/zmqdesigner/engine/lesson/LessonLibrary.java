package org.zmqdesigner.engine.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.zmqdesigner.engine.format.SampleLibrary;
import org.zmqdesigner.engine.format.TopologyLoadException;

/**
 * The course: the lessons in {@code lessons/} inside the samples folder, found as
 * {@link SampleLibrary#discover()} finds the samples (the {@code zmqdesigner.samples} property,
 * else the first {@code samples} folder from the working directory upwards).
 */
public final class LessonLibrary {

    public static final String FOLDER = "lessons";

    /** One lesson file: loaded, or the reason it is not (file:line:column and the problem). */
    public record Entry(Path file, Lesson lesson, String problem) {
        public boolean loaded() {
            return lesson != null;
        }

        public Optional<Lesson> asLesson() {
            return Optional.ofNullable(lesson);
        }
    }

    private final Path folder;

    private LessonLibrary(Path folder) {
        this.folder = folder;
    }

    public static LessonLibrary in(Path folder) {
        return new LessonLibrary(folder);
    }

    /** The lessons beside the samples, when there is such a folder. */
    public static Optional<LessonLibrary> discover() {
        return SampleLibrary.discover().map(samples -> samples.folder().resolve(FOLDER)).filter(Files::isDirectory)
                .map(LessonLibrary::in);
    }

    public Path folder() {
        return folder;
    }

    /**
     * Every {@code .zmqlesson} file of the folder, loaded: lessons by their {@code order} (then file
     * name), then the files that did not load, by name.
     */
    public List<Entry> entries() {
        List<Entry> loaded = new ArrayList<>();
        List<Entry> broken = new ArrayList<>();
        LessonLoader loader = new LessonLoader();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(Lesson.EXTENSION)).sorted().toList();
        } catch (IOException e) {
            return List.of(new Entry(folder, null, folder + ": the lessons cannot be listed: " + e.getMessage()));
        }
        for (Path file : files) {
            try {
                loaded.add(new Entry(file, loader.load(file), null));
            } catch (TopologyLoadException e) {
                broken.add(new Entry(file, null, e.getMessage()));
            }
        }
        loaded.sort(Comparator.comparingInt((Entry e) -> e.lesson().order()).thenComparing(Entry::file));
        loaded.addAll(broken);
        return loaded;
    }

    /** The loaded lessons only, in course order. */
    public List<Lesson> lessons() {
        return entries().stream().filter(Entry::loaded).map(Entry::lesson).toList();
    }
}
