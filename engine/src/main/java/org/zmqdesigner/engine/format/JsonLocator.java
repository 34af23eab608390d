package org.zmqdesigner.engine.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * Finds where a JSON path starts in a file's bytes. Jackson's binding errors carry the parser's
 * position when it gave up, which may be past the value (after a long string, at the end of an
 * object); people need the start of the thing that is wrong.
 */
final class JsonLocator {
    private JsonLocator() {
    }

    /**
     * The location of the value at {@code path}, or of its field name when {@code atFieldName};
     * null when the path cannot be followed.
     */
    static JsonLocation locate(ObjectMapper mapper, byte[] bytes, List<JsonMappingException.Reference> path,
                               boolean atFieldName) {
        try (JsonParser parser = mapper.createParser(bytes)) {
            if (parser.nextToken() == null) {
                return null;
            }
            for (JsonMappingException.Reference step : path) {
                if (step.getFieldName() != null) {
                    if (!parser.isExpectedStartObjectToken() || !seekField(parser, step.getFieldName())) {
                        return null;
                    }
                    if (atFieldName && step == path.get(path.size() - 1)) {
                        return parser.currentTokenLocation();
                    }
                    parser.nextToken();
                } else {
                    if (!parser.isExpectedStartArrayToken() || !seekIndex(parser, step.getIndex())) {
                        return null;
                    }
                }
            }
            return parser.currentTokenLocation();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Leaves the parser on the FIELD_NAME token of {@code name}. */
    private static boolean seekField(JsonParser parser, String name) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            if (name.equals(parser.currentName())) {
                return true;
            }
            parser.nextToken();
            parser.skipChildren();
        }
        return false;
    }

    /** Leaves the parser on the first token of element {@code index}. */
    private static boolean seekIndex(JsonParser parser, int index) throws IOException {
        for (int i = 0; ; i++) {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return false;
            }
            if (i == index) {
                return true;
            }
            parser.skipChildren();
        }
    }
}
