package org.zmqdesigner.app.export;

import java.nio.file.Path;
import org.zmqdesigner.engine.export.ExportTarget;

/**
 * What an export is called: the design file's name without its extension, else the design's
 * title, else {@code design} (a design never saved exports under its title). The exporters
 * sanitise it where it becomes an identifier; here it only needs to be some text.
 */
public final class ExportNames {

    private ExportNames() {
    }

    /** The name handed to the engine's plan. */
    public static String designName(Path designFile, String title) {
        if (designFile != null && designFile.getFileName() != null) {
            String name = designFile.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = (dot > 0 ? name.substring(0, dot) : name).strip();
            if (!base.isEmpty()) {
                return base;
            }
        }
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        return PictureNames.FALLBACK;
    }

    /** The folder an export suggests when none was used before: {@code hello-reqrep-java}, made safe as a file name. */
    public static String folderName(Path designFile, String title, ExportTarget target) {
        String word = target.word();
        String file = PictureNames.suggested(designFile, title, word); // "hello-reqrep.java"
        return file.substring(0, file.length() - word.length() - 1) + "-" + word;
    }
}
