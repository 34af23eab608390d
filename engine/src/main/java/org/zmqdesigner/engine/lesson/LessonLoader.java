package org.zmqdesigner.engine.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;

/**
 * Loads a {@code .zmqlesson} file with everything it names: the starting design, each step's
 * solution and the texts. It reads with the topology format's own reader and file rules (strict
 * JSON into records, no class ever named by the file, regular files only, bounded), so a bad
 * lesson gets the same file:line:column messages as a bad topology.
 */
public final class LessonLoader {

    /** One reader for every lesson: building Jackson's readers is the slow part of a first load. */
    private static final TopologyFiles TOPOLOGIES = new TopologyFiles();

    private final TopologyFiles topologies = TOPOLOGIES;

    public Lesson load(Path file) throws TopologyLoadException {
        String source = file.toString();
        byte[] bytes = TopologyFiles.bytesOf(file);
        TopologyFormat format = topologies.format();
        LessonFile read = format.read(bytes, source, LessonFile.class);
        Path folder = file.toAbsolutePath().normalize().getParent();

        Topology start = design(folder, read.design(), List.of("design"), bytes, source);
        List<LessonStep> steps = new ArrayList<>();
        Map<String, Topology> solutions = new LinkedHashMap<>();
        for (int i = 0; i < read.steps().size(); i++) {
            LessonFile.Step step = read.steps().get(i);
            if (step.solution() != null) {
                solutions.put(step.id(), design(folder, step.solution(), List.of("steps", i, "solution"), bytes,
                        source));
            }
            steps.add(new LessonStep(step.id(), step.highlight(), Optional.ofNullable(step.check()),
                    Optional.ofNullable(step.solution())));
        }
        LessonTexts texts = LessonTexts.read(folder, baseName(file));
        List<String> missing = texts.missing(requiredKeys(steps));
        if (!missing.isEmpty()) {
            throw new TopologyLoadException(folder.resolve(baseName(file) + ".properties").toString(), 0, 0, "",
                    LessonWords.TEXTS.get("load.texts.missing", String.join(", ", missing)));
        }
        return new Lesson(read.id(), read.order(), file, start, steps, texts, solutions);
    }

    /** The texts every lesson must have, in the order a teacher writes them. */
    static List<String> requiredKeys(List<LessonStep> steps) {
        List<String> keys = new ArrayList<>(List.of("title", "summary"));
        for (LessonStep step : steps) {
            keys.add("step." + step.id() + ".title");
            keys.add("step." + step.id() + ".text");
            if (step.check().isPresent()) {
                keys.add("step." + step.id() + ".hint");
                keys.add("step." + step.id() + ".done");
            }
        }
        return keys;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(Lesson.EXTENSION) ? name.substring(0, name.length() - Lesson.EXTENSION.length()) : name;
    }

    /**
     * A design the lesson names. The name was checked not to climb out of the folder when the file
     * was read; here the file itself, links resolved, must be in the folder too.
     */
    private Topology design(Path folder, String name, List<Object> at, byte[] bytes, String source)
            throws TopologyLoadException {
        String bad = LessonFile.badDesignName(name);
        if (bad != null) {
            throw topologies.format().problemAt(bytes, source, at, bad);
        }
        Path file = folder.resolve(name).normalize();
        try {
            if (Files.exists(file) && !file.toRealPath().startsWith(folder.toRealPath())) {
                throw topologies.format().problemAt(bytes, source, at, LessonWords.TEXTS.get("load.design.linkOut",
                        name, file.toRealPath().toString()));
            }
        } catch (IOException e) {
            throw topologies.format().problemAt(bytes, source, at, LessonWords.TEXTS.get("load.design.unreadable",
                    name, String.valueOf(e.getMessage())));
        }
        try {
            return topologies.load(file);
        } catch (TopologyLoadException e) {
            String problem = e.line() == 0 && e.source().equals(file.toString())
                    ? LessonWords.TEXTS.get("load.design.problem", name, e.problem())
                    : LessonWords.TEXTS.get("load.design.error", name, e.getMessage());
            throw topologies.format().problemAt(bytes, source, at, problem);
        }
    }
}
