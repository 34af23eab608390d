package org.zmqdesigner.engine.export;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of an export: its path relative to the export folder ("/"-separated, never absolute,
 * never climbing out with ".."), its bytes, and whether it is a program to run.
 */
public record ExportedFile(String path, byte[] content, boolean executable) {
    public ExportedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
                || java.util.Arrays.asList(path.split("/", -1)).stream()
                        .anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."))) {
            throw new IllegalArgumentException("not a relative path inside the export: " + path);
        }
    }

    public static ExportedFile text(String path, String content) {
        return new ExportedFile(path, content.getBytes(StandardCharsets.UTF_8), false);
    }

    public static ExportedFile program(String path, String content) {
        return new ExportedFile(path, content.getBytes(StandardCharsets.UTF_8), true);
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
