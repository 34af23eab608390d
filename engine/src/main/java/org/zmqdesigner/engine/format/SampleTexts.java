package org.zmqdesigner.engine.format;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.zmqdesigner.engine.text.Language;

/**
 * A sample's title and description in the current {@link Language}. English is the file's own text
 * (the design file is the one place it is written); another language comes from a translation
 * beside the file, {@code NAME_ko.properties} with the keys {@code title} and {@code description}
 * (UTF-8, plain text: not a MessageFormat pattern, since nothing is filled in). A missing or
 * unreadable translation falls back to the file's text: a sample never fails to show for it.
 */
final class SampleTexts {

    /** Far more than any sample's teaching text; a bigger file is not a translation. */
    static final long MAX_BYTES = 64 * 1024;

    private final Properties translation;

    private SampleTexts(Properties translation) {
        this.translation = translation;
    }

    /** The texts of the sample in {@code file}, in the current language. */
    static SampleTexts of(Path file) {
        return in(file, Language.current());
    }

    static SampleTexts in(Path file, Locale language) {
        if (Language.ENGLISH.equals(Language.closest(language))) {
            return new SampleTexts(new Properties());
        }
        return new SampleTexts(read(translationOf(file, Language.closest(language))));
    }

    /** Where the translation of a sample into a language lives. */
    static Path translationOf(Path file, Locale language) {
        String name = file.getFileName().toString();
        String base = name.endsWith(TopologyFormat.EXTENSION)
                ? name.substring(0, name.length() - TopologyFormat.EXTENSION.length()) : name;
        return file.resolveSibling(base + "_" + language.getLanguage() + ".properties");
    }

    String title(String own) {
        return translation.getProperty("title", own);
    }

    String description(String own) {
        return translation.getProperty("description", own);
    }

    private static Properties read(Path translation) {
        Properties properties = new Properties();
        try {
            if (Files.isRegularFile(translation) && Files.size(translation) <= MAX_BYTES) {
                try (Reader reader = Files.newBufferedReader(translation, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();
        }
        return properties;
    }
}
