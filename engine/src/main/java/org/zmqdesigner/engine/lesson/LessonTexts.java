package org.zmqdesigner.engine.lesson;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.text.Language;

/**
 * A lesson's own words, from the {@code .properties} files beside it ({@code 05-slow-joiner.properties}
 * in English, {@code 05-slow-joiner_ko.properties} in Korean), read as UTF-8 and given in
 * {@link Language#current()}. Every value is a {@link MessageFormat} pattern, as in the
 * application's bundles: an apostrophe is written {@code ''}. A key missing from a translation
 * falls back to English, which the loader has checked is complete.
 */
public final class LessonTexts {

    private final Map<Locale, Properties> byLanguage;

    LessonTexts(Map<Locale, Properties> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /**
     * Reads the English file (required) and every translation of it that exists, by the same
     * rules as any file of ours: a regular file, bounded, and here strictly UTF-8.
     */
    static LessonTexts read(Path folder, String baseName) throws TopologyLoadException {
        Map<Locale, Properties> texts = new java.util.HashMap<>();
        texts.put(Language.ENGLISH, load(folder.resolve(baseName + ".properties")));
        for (Locale language : Language.supported()) {
            if (!language.equals(Language.ENGLISH)) {
                Path translated = folder.resolve(baseName + "_" + language.getLanguage() + ".properties");
                if (Files.exists(translated)) {
                    texts.put(language, load(translated));
                }
            }
        }
        return new LessonTexts(texts);
    }

    private static Properties load(Path file) throws TopologyLoadException {
        byte[] bytes = TopologyFiles.bytesOf(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TopologyLoadException(file.toString(), 0, 0, "", LessonWords.TEXTS.get("load.texts.utf8"));
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new TopologyLoadException(file.toString(), 0, 0, "", LessonWords.TEXTS.get("load.texts.unreadable",
                    String.valueOf(e.getMessage())));
        }
        for (String key : properties.stringPropertyNames()) {
            try {
                new MessageFormat(properties.getProperty(key));
            } catch (IllegalArgumentException e) {
                throw new TopologyLoadException(file.toString(), lineOf(text, key), 1, key,
                        LessonWords.TEXTS.get("load.texts.pattern", String.valueOf(e.getMessage())));
            }
        }
        return properties;
    }

    /** The line where a key is written, for error messages; 0 when it cannot be found simply. */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:\\s].*")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The English keys of this list that are missing or empty. */
    List<String> missing(List<String> keys) {
        Properties english = byLanguage.get(Language.ENGLISH);
        return keys.stream().filter(k -> english.getProperty(k, "").isBlank()).toList();
    }

    public String title() {
        return get("title");
    }

    public String summary() {
        return get("summary");
    }

    public String stepTitle(String stepId) {
        return get("step." + stepId + ".title");
    }

    public String stepText(String stepId) {
        return get("step." + stepId + ".text");
    }

    /** Shown after a failed try of a checked step. */
    public String hint(String stepId) {
        return get("step." + stepId + ".hint");
    }

    /** Shown when a checked step's check passes. */
    public String done(String stepId) {
        return get("step." + stepId + ".done");
    }

    /** Any key of the lesson's texts in the current language. */
    public String get(String key) {
        return in(Language.current(), key);
    }

    public String in(Locale locale, String key) {
        Locale language = Language.closest(locale);
        Properties texts = byLanguage.getOrDefault(language, byLanguage.get(Language.ENGLISH));
        String pattern = texts.getProperty(key);
        if (pattern == null || pattern.isBlank()) {
            pattern = byLanguage.get(Language.ENGLISH).getProperty(key, key);
        }
        return new MessageFormat(pattern, language).format(new Object[0]);
    }
}
