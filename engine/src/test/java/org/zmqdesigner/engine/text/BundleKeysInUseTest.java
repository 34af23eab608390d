package org.zmqdesigner.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validator's, the edits' and the loader's bundles hold exactly the words their code asks
 * for: every key written in the package's code is in its bundle (a missing one would throw the
 * first time a rare diagnostic is made), and every key in the bundle is asked for somewhere.
 */
class BundleKeysInUseTest {

    private static final Path SOURCES = Path.of("src/main/java/org/zmqdesigner/engine");
    private static final Path BUNDLES = Path.of("src/main/resources/org/zmqdesigner/engine");
    /** A quoted word that looks like a key: lower-case dotted words. */
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");
    /** Keys the code builds from a prefix and a word ("id.what." + "node"). */
    private static final Pattern PREFIX = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)*\\.)\" \\+");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "edit", "format"})
    void the_bundle_has_every_key_the_code_asks_for_and_no_other(String pkg) throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(pkg).resolve("messages.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        List<String> code = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                code.add(Files.readString(file));
            }
        }
        TreeSet<String> asked = new TreeSet<>();
        TreeSet<String> prefixes = new TreeSet<>();
        for (String text : code) {
            Matcher key = KEY.matcher(text);
            while (key.find()) {
                asked.add(key.group(1));
            }
            Matcher prefix = PREFIX.matcher(text);
            while (prefix.find()) {
                prefixes.add(prefix.group(1));
            }
        }
        TreeSet<String> missing = new TreeSet<>(asked);
        missing.removeIf(bundle::containsKey);
        missing.removeIf(k -> !looksLikeAKeyOf(k, bundle));
        TreeSet<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(asked);
        unused.removeIf(k -> prefixes.stream().anyMatch(k::startsWith));

        assertThat(missing).as("keys the %s code asks for that its bundle lacks", pkg).isEmpty();
        assertThat(unused).as("keys of the %s bundle no code asks for", pkg).isEmpty();
    }

    /** A quoted dotted word is taken for a key when the bundle has keys in its family ("link.*"). */
    private static boolean looksLikeAKeyOf(String word, Properties bundle) {
        String family = word.substring(0, word.indexOf('.') + 1);
        return bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(family));
    }
}
