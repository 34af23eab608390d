package org.zmqdesigner.engine.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketType;

/**
 * Turns Jackson's exceptions into one sentence a student can act on, with the file, line, column
 * and JSON path. Jackson's own messages name Java types; ours name what the file should hold.
 */
final class ErrorTranslator {

    /** What a value of each type is called, as the key of its words. */
    private static final Map<Class<?>, String> NOUNS = Map.of(
            SocketType.class, "noun.socketType",
            NodeKind.class, "noun.nodeKind",
            Integer.class, "noun.wholeNumber", int.class, "noun.wholeNumber",
            Long.class, "noun.wholeNumber", long.class, "noun.wholeNumber",
            Double.class, "noun.number", double.class, "noun.number",
            Boolean.class, "noun.boolean", String.class, "noun.string");

    private final ObjectMapper mapper;

    ErrorTranslator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    TopologyLoadException syntax(JsonProcessingException e, byte[] bytes, String source) {
        JsonLocation at = e.getLocation();
        String path = "";
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            path = JsonPaths.of(parser.getParsingContext().pathAsPointer());
        }
        int line = TopologyFormat.line(at);
        int column = TopologyFormat.column(at);
        String problem;
        if (e instanceof StreamConstraintsException) {
            // Jackson's limit exception carries no location and speaks of its own settings.
            int[] deepest = tooDeepAt(bytes, TopologyFormat.MAX_NESTING);
            line = deepest[0];
            column = deepest[1];
            problem = LoadTexts.get("json.tooDeep", TopologyFormat.MAX_NESTING, "{", "[");
        } else if (e instanceof InputCoercionException) {
            problem = LoadTexts.get("json.numberTooLarge", e.getOriginalMessage().replace('\n', ' '));
        } else {
            problem = LoadTexts.get("json.invalid", explainSyntax(plain(e.getOriginalMessage())));
        }
        return new TopologyLoadException(source, line, column, path, problem);
    }

    /**
     * Line and column (from 1) of the first { or [ nested deeper than {@code max}, outside strings;
     * {1, 1} when there is none (the limit was hit some other way).
     */
    static int[] tooDeepAt(byte[] bytes, int max) {
        int depth = 0;
        int line = 1;
        int column = 1;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : bytes) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > max) {
                    return new int[] {line, column};
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xc0) != 0x80) {
                column++;
            }
        }
        return new int[] {1, 1};
    }

    /**
     * The slips people make most when editing JSON by hand, said the way they would say them.
     * Jackson's message is read in English (as {@link #plain} leaves it); the words come from the
     * bundle. A message of another shape is passed on as Jackson wrote it.
     */
    private static String explainSyntax(String message) {
        if (message.startsWith("Unexpected character ('}')") && message.contains("double-quote to start field")) {
            return LoadTexts.get("json.commaBeforeBrace", "}");
        }
        if (message.startsWith("Unexpected character (']')")) {
            return LoadTexts.get("json.commaBeforeBracket", "]");
        }
        if (message.startsWith("Unexpected character (''')")) {
            return LoadTexts.get("json.singleQuote");
        }
        if (message.contains("double-quote to start field name")) {
            return LoadTexts.get("json.fieldNameExpected", message);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            java.util.regex.Matcher opened = java.util.regex.Pattern
                    .compile("close marker for (Array|Object).*line (\\d+), column (\\d+)").matcher(message);
            if (opened.find()) {
                boolean list = opened.group(1).equals("Array");
                return LoadTexts.get("json.endsEarlyOpened", opening(list), opened.group(2), opened.group(3),
                        list ? "]" : "}");
            }
            return LoadTexts.get("json.endsEarly", "}", "]");
        }
        if (message.startsWith("Trailing token")) {
            return LoadTexts.get("json.trailingToken", "{...}");
        }
        java.util.regex.Matcher closed = java.util.regex.Pattern
                .compile("^Unexpected close marker '(.)': expected '(.)' \\(the (list \\[|object \\{) opened at line"
                        + " (\\d+), column (\\d+)\\)").matcher(message);
        if (closed.find()) {
            return LoadTexts.get("json.crossed", closed.group(1), closed.group(2),
                    opening(closed.group(3).startsWith("list")), closed.group(4), closed.group(5));
        }
        if (message.startsWith("Duplicate field")) {
            return LoadTexts.get("json.duplicateField", message.substring("Duplicate field".length()));
        }
        return otherSlip(message);
    }

    /**
     * Slips whose English has always been Jackson's own sentence (kept word for word: the English
     * text of these keys is just that sentence), while other languages say them in their words.
     */
    private static String otherSlip(String message) {
        if (message.contains("was expecting comma to separate Object entries")) {
            return LoadTexts.get("json.missingCommaObject", message);
        }
        if (message.contains("was expecting comma to separate Array entries")) {
            return LoadTexts.get("json.missingCommaList", message);
        }
        java.util.regex.Matcher token = java.util.regex.Pattern
                .compile("^Unrecognized token '(.*?)': was expecting").matcher(message);
        if (token.find()) {
            return LoadTexts.get("json.unknownWord", message, token.group(1));
        }
        java.util.regex.Matcher character = java.util.regex.Pattern
                .compile("^Unexpected character \\('(.)'\\): expected a valid value").matcher(message);
        if (character.find()) {
            return LoadTexts.get("json.unexpectedCharacter", message, character.group(1));
        }
        return message;
    }

    /** "list [" or "object {": what an opening bracket begins. */
    private static String opening(boolean list) {
        return list ? LoadTexts.get("json.list", "[") : LoadTexts.get("json.object", "{");
    }

    TopologyLoadException binding(JsonMappingException e, JsonNode tree, byte[] bytes, String source) {
        JsonLocation located = JsonLocator.locate(mapper, bytes, e.getPath(),
                e instanceof UnrecognizedPropertyException);
        JsonLocation at = located != null ? located : e.getLocation();
        String path = JsonPaths.of(e.getPath());
        JsonNode found = JsonPaths.at(tree, e.getPath());
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = unknownField(u);
        } else if (e instanceof InvalidTypeIdException t) {
            problem = badBehaviourType(t);
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            problem = badEnum(String.valueOf(f.getValue()), f.getTargetType());
        } else if (e instanceof ValueInstantiationException v && v.getCause() instanceof RuntimeException cause
                && cause.getMessage() != null) {
            problem = cause.getMessage().replace("\"\"", "\"");
        } else if (e.getCause() instanceof InputCoercionException || (e.getOriginalMessage() != null
                && e.getOriginalMessage().contains("out of range of"))) {
            problem = tooLarge(found, e.getOriginalMessage());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            if (m.getTargetType().isEnum() && found.isTextual()) {
                problem = badEnum(found.asText(), m.getTargetType());
            } else {
                problem = expected(m.getTargetType(), found);
            }
        } else {
            problem = plain(e.getOriginalMessage());
        }
        return new TopologyLoadException(source, TopologyFormat.line(at), TopologyFormat.column(at), path, problem);
    }

    /** "expected a whole number, found the string "soon"". */
    static String expected(Class<?> type, JsonNode found) {
        return LoadTexts.get("value.expected", noun(type), describe(found));
    }

    private static String tooLarge(JsonNode found, String message) {
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("\\((-?\\d+) - (\\d+)\\)")
                .matcher(message == null ? "" : message);
        String problem = found.isMissingNode() ? LoadTexts.get("value.tooLargeUnknown")
                : LoadTexts.get("value.tooLarge", found.asText());
        return range.find() ? LoadTexts.get("value.largestAllowed", problem, range.group(2)) : problem;
    }

    private String unknownField(UnrecognizedPropertyException u) {
        String name = u.getPropertyName();
        List<String> known = new ArrayList<>();
        Collection<Object> ids = u.getKnownPropertyIds();
        if (ids != null) {
            ids.forEach(id -> known.add(String.valueOf(id)));
        }
        known.remove("formatVersion");
        known.remove("type");
        Optional<String> guess = Suggestions.closest(name, known);
        if (guess.isPresent()) {
            return LoadTexts.get("field.unknownGuess", name, guess.get());
        }
        return known.isEmpty() ? LoadTexts.get("field.unknown", name)
                : LoadTexts.get("field.unknownList", name, String.join(", ", known.stream().sorted().toList()));
    }

    private String badBehaviourType(InvalidTypeIdException t) {
        List<String> names = List.of("source", "responder", "worker", "sink", "echo", "broker");
        String typed = t.getTypeId();
        if (typed == null) {
            return LoadTexts.get("behaviour.noType", String.join(", ", names));
        }
        return Suggestions.closest(typed, names)
                .map(s -> LoadTexts.get("behaviour.unknownGuess", typed, s))
                .orElseGet(() -> LoadTexts.get("behaviour.unknownList", typed, String.join(", ", names)));
    }

    private String badEnum(String typed, Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(jsonName(constant));
        }
        String noun = LoadTexts.get(NOUNS.getOrDefault(type, "noun.validValue"));
        return Suggestions.closest(typed, names)
                .map(s -> LoadTexts.get("enum.unknownGuess", typed, noun, s))
                .orElseGet(() -> LoadTexts.get("enum.unknownList", typed, noun, String.join(", ", names)));
    }

    private String jsonName(Object constant) {
        try {
            return mapper.writeValueAsString(constant).replace("\"", "");
        } catch (JsonProcessingException e) {
            return constant.toString();
        }
    }

    private static String noun(Class<?> type) {
        String noun = NOUNS.get(type);
        if (noun != null) {
            return LoadTexts.get(noun);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return LoadTexts.get("noun.list");
        }
        if (type == Behaviour.class || type.isRecord() || type.isInterface()) {
            return LoadTexts.get("noun.object", "{...}");
        }
        return LoadTexts.get("noun.other");
    }

    /** What a JSON value is, in words: "the string \"abc\"", "a list", "null". */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return LoadTexts.get("found.nothing");
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return LoadTexts.get("found.string", text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isNumber()) {
            return LoadTexts.get("found.number", node.asText());
        }
        if (node.isArray()) {
            return LoadTexts.get("found.list");
        }
        if (node.isObject()) {
            return LoadTexts.get("found.object");
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Jackson's parser messages, without the Java-isms. */
    private static String plain(String message) {
        if (message == null) {
            return LoadTexts.get("json.unreadable");
        }
        String out = message.replace('\n', ' ')
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("\\s+", " ")
                .trim();
        // Jackson points at where a list or object began as "[Source: REDACTED …; line: 5, column: 12]".
        out = out.replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll(" ?(at )?\\[Source: [^\\]]*\\]", "")
                .replaceAll("\\(for Array starting at (line \\d+, column \\d+)\\)", "(the list [ opened at $1)")
                .replaceAll("\\(for Object starting at (line \\d+, column \\d+)\\)", "(the object { opened at $1)");
        return out.trim();
    }
}
