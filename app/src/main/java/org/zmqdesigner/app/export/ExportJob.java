package org.zmqdesigner.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.zmqdesigner.engine.export.ExportRefusedException;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportWriter;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.Exports;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * One export from the designer, run off the FX thread: the engine makes the files in memory, then
 * its {@link ExportWriter} puts them in the folder (which it refuses when not empty unless forced;
 * the designer asks the user first). Never throws: every way it can end is an {@link Outcome} the dialog puts
 * in words, an exporter's bug included.
 *
 * @param topology the design as it was when Export was pressed (immutable)
 * @param name     what the export is called ({@link ExportNames#designName})
 * @param force    whether the user agreed to write into a folder that is not empty
 */
record ExportJob(Topology topology, String name, ExportTarget target, Path folder, boolean force) {

    /** How an export ended. */
    sealed interface Outcome {
    }

    /** Written: the files (paths inside the folder) and the export's notes. */
    record Written(Path folder, List<String> files, List<String> notes) implements Outcome {
    }

    /** The folder holds files already; nothing was written, the user is asked first. */
    record FolderNotEmpty(Path folder, long entries) implements Outcome {
    }

    /** The design cannot be exported as it is (its errors, or what the target cannot express). */
    record Refused(String summary, List<String> reasons) implements Outcome {
    }

    /** The folder could not be written, or the exporter failed. */
    record Failed(String what, String message) implements Outcome {
    }

    Outcome run() {
        ExportTree tree;
        try {
            tree = Exports.export(topology, name, target);
        } catch (ExportRefusedException e) {
            return new Refused(e.getMessage().lines().findFirst().orElse(""), e.reasons());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return new Failed(Texts.of(ExportJob.class).get("failed.exporter", ExportTargets.title(target)), message(e));
        }
        try {
            if (!force) {
                long entries = existingEntries(folder);
                if (entries > 0) {
                    return new FolderNotEmpty(folder, entries);
                }
            }
            ExportWriter.write(tree, folder, force);
            return new Written(folder, tree.files().stream().map(ExportedFile::path).toList(), tree.notes());
        } catch (IOException | RuntimeException e) {
            return new Failed(Texts.of(ExportJob.class).get("failed.write", folder), message(e));
        }
    }

    /** How many entries {@code dir} already holds (0 when it does not exist): the engine's writer refuses those without force. */
    private static long existingEntries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.count();
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
