package org.zmqdesigner.engine.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks the bundles under a folder as a translator's reviewer would: every English bundle
 * ({@code NAME.properties}) has a Korean one ({@code NAME_ko.properties}) with exactly the same keys,
 * no value is empty, and every value is a {@link MessageFormat} pattern without a lone apostrophe
 * (which MessageFormat would silently eat, with the text after it).
 */
public final class BundleCheck {

    private BundleCheck() {
    }

    /** Every problem found, one line each naming the file and key; empty when the bundles agree. */
    public static List<String> problems(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> english;
        try (Stream<Path> files = Files.walk(folder)) {
            english = files.filter(p -> p.getFileName().toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .sorted().toList();
        }
        for (Path base : english) {
            String name = base.getFileName().toString();
            Path korean = base.resolveSibling(name.replace(".properties", "_ko.properties"));
            Properties en = read(base);
            if (!Files.isRegularFile(korean)) {
                problems.add(folder.relativize(base) + ": no Korean bundle " + korean.getFileName());
                continue;
            }
            Properties ko = read(korean);
            Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
            onlyEnglish.removeAll(ko.stringPropertyNames());
            Set<String> onlyKorean = new TreeSet<>(ko.stringPropertyNames());
            onlyKorean.removeAll(en.stringPropertyNames());
            onlyEnglish.forEach(k -> problems.add(folder.relativize(korean) + ": missing key " + k));
            onlyKorean.forEach(k -> problems.add(folder.relativize(base) + ": missing key " + k));
            check(folder.relativize(base), en, problems);
            check(folder.relativize(korean), ko, problems);
        }
        return problems;
    }

    private static void check(Path file, Properties bundle, List<String> problems) {
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String value = bundle.getProperty(key);
            if (value.isBlank()) {
                problems.add(file + ": " + key + " is empty");
                continue;
            }
            if (value.replace("''", "").indexOf('\'') >= 0) {
                problems.add(file + ": " + key + " has a lone apostrophe (write '' for one)");
            }
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + key + " is not a MessageFormat pattern: " + e.getMessage());
            }
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
