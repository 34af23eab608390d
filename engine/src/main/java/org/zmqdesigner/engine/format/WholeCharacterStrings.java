package org.zmqdesigner.engine.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads every text of a file and refuses one holding half a character: JSON lets a file write
 * {@code "\ud800"}, a lone UTF-16 surrogate, which is no character at all. Java keeps it, but
 * UTF-8 cannot hold it, so saving such a design would silently write a "?" instead: the file
 * would load as one design and save as another. Refused at load, with the field's place.
 */
final class WholeCharacterStrings extends StdScalarDeserializer<String> {

    WholeCharacterStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null) {
            int bad = loneSurrogate(text);
            if (bad >= 0) {
                throw JsonMappingException.from(parser, LoadTexts.get("text.halfCharacter",
                        String.format(java.util.Locale.ROOT, "\\u%04X", (int) text.charAt(bad)), bad + 1));
            }
        }
        return text;
    }

    /** Index of the first surrogate without its partner, or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
