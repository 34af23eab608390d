package org.zmqdesigner.app.export;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file name a picture export suggests: the design's file name with the picture's extension
 * ({@code pipeline.zmqtopo} → {@code pipeline.png}), else its title made safe for a file name,
 * else {@code design}.
 */
public final class PictureNames {

    static final String FALLBACK = "design";
    /** Long titles are cut here: a file name, not a sentence. */
    static final int MAX_LENGTH = 80;

    private PictureNames() {
    }

    /**
     * @param designFile the design's file, or null when it has none (new, or a sample)
     * @param title the design's title, or null
     * @param extension the picture's extension without the dot, such as {@code png}
     */
    public static String suggested(Path designFile, String title, String extension) {
        String base = null;
        if (designFile != null && designFile.getFileName() != null) {
            String name = designFile.getFileName().toString();
            int dot = name.lastIndexOf('.');
            base = safe(dot > 0 ? name.substring(0, dot) : name);
        }
        if (base == null || base.isEmpty()) {
            base = title == null ? "" : safe(title);
        }
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        return base + "." + extension.toLowerCase(Locale.ROOT);
    }

    /**
     * Characters no common file system accepts (path separators, Windows' reserved ones, control
     * characters) become a dash; runs of spaces one space; leading and trailing dots and spaces go;
     * a name with no letter or digit left is no name.
     */
    private static String safe(String text) {
        String cleaned = text.replaceAll("\\s+", " ").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-")
                .replaceAll("^[\\s.]+|[\\s.]+$", "");
        if (cleaned.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return ""; // nothing left that names anything
        }
        if (cleaned.length() > MAX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_LENGTH).strip();
        }
        return cleaned;
    }
}
