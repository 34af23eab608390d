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

    /**
     * The folder an export suggests when none was used before, such as {@code hello-reqrep-java}:
     * the name in lower case with every run of other characters a dash, so it needs no quoting in
     * a shell ("Hello World: request-reply" gives {@code hello-world-request-reply-java}).
     */
    public static String folderName(Path designFile, String title, ExportTarget target) {
        String slug = designName(designFile, title).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > PictureNames.MAX_LENGTH) {
            slug = slug.substring(0, PictureNames.MAX_LENGTH).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? PictureNames.FALLBACK : slug) + "-" + target.word();
    }
}
