package org.zmqdesigner.engine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few files of Linux's /proc the benchmarks read, behind an interface so that the parsing can
 * be tested with sample text. Paths are relative to /proc ("self/stat", "self/task").
 */
interface ProcFiles {

    /** The text of a file, or empty when it is absent (a thread that ended, a system without /proc). */
    Optional<String> read(String path);

    /** The names in a folder (the thread ids in "self/task"), or none when it is absent. */
    List<String> list(String folder);

    /** Clock ticks per second, the unit of the CPU times in /proc (USER_HZ). */
    long ticksPerSecond();

    /** True when this system has the files at all (Linux). */
    default boolean available() {
        return read("self/stat").isPresent();
    }

    /** The real /proc of this machine. */
    static ProcFiles system() {
        return Linux.INSTANCE;
    }

    final class Linux implements ProcFiles {
        private static final Linux INSTANCE = new Linux();
        private static final Path ROOT = Path.of("/proc");
        private volatile long ticks;

        @Override
        public Optional<String> read(String path) {
            try {
                return Optional.of(Files.readString(ROOT.resolve(path), StandardCharsets.ISO_8859_1));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public List<String> list(String folder) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(ROOT.resolve(folder))) {
                entries.forEach(p -> names.add(p.getFileName().toString()));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
            return names;
        }

        @Override
        public long ticksPerSecond() {
            if (ticks == 0) {
                ticks = askGetconf();
            }
            return ticks;
        }

        /** USER_HZ is 100 on every mainstream Linux, but getconf knows for sure; asked once. */
        private static long askGetconf() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
                if (getconf.waitFor() == 0 && out.matches("\\d+") && Long.parseLong(out) > 0) {
                    return Long.parseLong(out);
                }
            } catch (IOException e) {
                // no getconf: the usual value below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 100;
        }
    }
}
