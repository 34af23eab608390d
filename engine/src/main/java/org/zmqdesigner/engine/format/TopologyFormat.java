package org.zmqdesigner.engine.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zmqdesigner.engine.model.Topology;

/**
 * The {@code .zmqtopo} file format: JSON, {@code "formatVersion": 1} first, two-space indentation,
 * fields in a fixed order and defaults left out, so that saving what was loaded gives the same bytes
 * and diffs show only real changes.
 *
 * <p>Reading never instantiates a class named in the file: behaviours are chosen by a fixed word
 * from a closed list, and no default typing is enabled.
 */
public final class TopologyFormat {

    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".zmqtopo";
    /** Far above any real design; refuses a wrong file before reading gigabytes of it. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    static final int MAX_NESTING = 64;

    private final ObjectMapper mapper;
    private final ObjectReader topologyReader;
    private final ObjectWriter writer;
    private final ErrorTranslator errors;

    public TopologyFormat() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .build())
                .build();
        mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("whole characters")
                        .addDeserializer(String.class, new WholeCharacterStrings()))
                .build();
        // "5" is not 5 and 1 is not true: a file that says otherwise gets told so.
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(String.class)
                .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        // The same for a record's primitive fields (a position's double x): an integer is a number.
        for (Class<?> type : List.of(Integer.class, Integer.TYPE, Long.class, Long.TYPE)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        }
        for (Class<?> type : List.of(Double.class, Double.TYPE)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        }
        for (Class<?> type : List.of(Boolean.class, Boolean.TYPE)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        }
        topologyReader = mapper.readerFor(Topology.class);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        writer = mapper.writer(printer);
        errors = new ErrorTranslator(mapper);
    }

    /** The file's text for a topology: canonical, ending in a newline. */
    public String write(Topology topology) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.setAll((ObjectNode) mapper.valueToTree(topology));
        try {
            return writer.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a topology could not be written as JSON", e);
        }
    }

    /**
     * Reads a topology from a file's bytes.
     *
     * @param source the name used in error messages, usually the file name
     */
    public Topology read(byte[] bytes, String source) throws TopologyLoadException {
        return read(bytes, source, topologyReader);
    }

    /**
     * Reads another file of the same family (a lesson) into {@code type} by the same rules: the
     * same strict JSON, {@code formatVersion} checked, and the same located error messages.
     */
    public <T> T read(byte[] bytes, String source, Class<T> type) throws TopologyLoadException {
        return read(bytes, source, mapper.readerFor(type));
    }

    /**
     * A problem found after reading, such as a file named in the document that does not exist,
     * located at {@code path} (field names and list indexes, as {@code "steps", 2, "solution"}) the
     * way the loader locates its own errors.
     */
    public TopologyLoadException problemAt(byte[] bytes, String source, List<Object> path, String problem) {
        List<JsonMappingException.Reference> references = new java.util.ArrayList<>();
        for (Object step : path) {
            references.add(step instanceof Integer index ? new JsonMappingException.Reference(null, index)
                    : new JsonMappingException.Reference(null, String.valueOf(step)));
        }
        JsonLocation at = JsonLocator.locate(mapper, bytes, references, false);
        return new TopologyLoadException(source, line(at), column(at), JsonPaths.of(references), problem);
    }

    private <T> T read(byte[] bytes, String source, ObjectReader reader) throws TopologyLoadException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        checkText(bytes, source);
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(bytes)) {
            tree = mapper.readTree(parser);
            if (tree == null) {
                throw empty(source);
            }
        } catch (JsonProcessingException e) {
            throw errors.syntax(e, bytes, source);
        } catch (IOException e) {
            throw new TopologyLoadException(source, 0, 0, "", LoadTexts.get("file.unreadable", e.getMessage()));
        }
        checkRootAndVersion(tree, bytes, source);
        try {
            return reader.readValue(bytes);
        } catch (JsonMappingException e) {
            throw errors.binding(e, tree, bytes, source);
        } catch (JsonProcessingException e) {
            throw errors.syntax(e, bytes, source);
        } catch (IOException e) {
            throw new TopologyLoadException(source, 0, 0, "", LoadTexts.get("file.unreadable", e.getMessage()));
        }
    }

    static TopologyLoadException tooLarge(String source, long size) {
        return new TopologyLoadException(source, 0, 0, "", LoadTexts.get("file.tooLarge",
                String.format(java.util.Locale.ROOT, "%.1f", size / 1e6), MAX_FILE_BYTES / (1024 * 1024), EXTENSION));
    }

    /** How every file of this version starts, for messages that say so. */
    private static String firstWords() {
        return "{\"formatVersion\": " + FORMAT_VERSION + ", ...";
    }

    private static TopologyLoadException empty(String source) {
        return new TopologyLoadException(source, 0, 0, "", LoadTexts.get("file.empty", firstWords()));
    }

    private static void checkText(byte[] bytes, String source) throws TopologyLoadException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        boolean blank = true;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                throw binary(bytes, i, source);
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                blank = false;
            }
        }
        if (blank) {
            throw empty(source);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
        } catch (CharacterCodingException e) {
            ByteBuffer probe = ByteBuffer.wrap(bytes, start, bytes.length - start);
            CharsetDecoder locating = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
            locating.decode(probe, out, true);
            throw binary(bytes, probe.position(), source);
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
    }

    private static TopologyLoadException binary(byte[] bytes, int offset, String source) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xc0) != 0x80) {
                column++;
            }
        }
        return new TopologyLoadException(source, line, column, "", LoadTexts.get("file.binary",
                String.format(java.util.Locale.ROOT, "0x%02x", bytes[offset] & 0xff)));
    }

    private void checkRootAndVersion(JsonNode tree, byte[] bytes, String source) throws TopologyLoadException {
        if (!tree.isObject()) {
            throw new TopologyLoadException(source, 1, 1, "", LoadTexts.get("file.rootNotObject", "{...}",
                    ErrorTranslator.describe(tree)));
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null) {
            throw new TopologyLoadException(source, 1, 1, "", LoadTexts.get("file.noVersion", firstWords()));
        }
        if (!version.canConvertToExactIntegral() || !version.isNumber()) {
            JsonLocation at = topLevelValueLocation(bytes, "formatVersion");
            throw new TopologyLoadException(source, line(at), column(at), "formatVersion",
                    ErrorTranslator.expected(Long.class, version));
        }
        JsonLocation at = topLevelValueLocation(bytes, "formatVersion");
        int line = line(at);
        int column = column(at);
        // Compared whole: asLong() would wrap 99999999999999999999 round to some other number.
        java.math.BigInteger v = version.bigIntegerValue();
        if (v.compareTo(java.math.BigInteger.valueOf(FORMAT_VERSION)) > 0) {
            throw new TopologyLoadException(source, line, column, "formatVersion",
                    LoadTexts.get("file.newerVersion", v, FORMAT_VERSION));
        }
        if (v.signum() < 1) {
            throw new TopologyLoadException(source, line, column, "formatVersion", LoadTexts.get("file.notAVersion", v));
        }
    }

    /** Where the value of a top-level field starts, found by streaming: trees keep no locations. */
    private JsonLocation topLevelValueLocation(byte[] bytes, String field) {
        try (JsonParser parser = mapper.createParser(bytes)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (field.equals(name)) {
                    return parser.currentTokenLocation();
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Used by the error translator to rebuild locations for tree-only checks. */
    static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    static int column(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getColumnNr());
    }
}
