package org.zmqdesigner.engine.export.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one YAML writer of the deployment export: typed objects in, YAML text out, never text put
 * together by hand. Quotes are kept to the strings that need them (a value such as {@code "yes"},
 * {@code "5555"} or {@code "null"} is quoted so it reads back as the same string); multi-line
 * strings, such as the design in a ConfigMap, are literal blocks.
 */
final class DeployYaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            // Empty fields are left out; a map's values are all kept, "" among them.
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.ALWAYS))
            .build();

    private DeployYaml() {
    }

    /** The mapper, for reading the files back (tests) as well as writing them. */
    static YAMLMapper mapper() {
        return MAPPER;
    }

    /** One YAML document. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a deployment file could not be written as YAML", e);
        }
    }

    /** Several documents in one file, each starting with "---", as {@code kubectl apply -f} reads them. */
    static String writeAll(List<?> values) {
        StringWriter out = new StringWriter();
        try (SequenceWriter documents = MAPPER.writer().writeValues(out)) {
            for (Object value : values) {
                documents.write(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("deployment files could not be written as YAML", e);
        }
        return out.toString();
    }
}
