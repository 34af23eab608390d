package org.zmqdesigner.engine.export.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strings YAML would read as something else, or that would end a line, come back as they went. */
class DeployYamlTest {

    @Test
    void every_tricky_string_reads_back_as_the_same_string() throws Exception {
        List<String> tricky = List.of("yes", "no", "on", "off", "true", "null", "~", "0x1F", "1e3", "5555", "0755",
                ".inf", "", " leading", "trailing ", "a: b", "- x", "#c", "[x]", "{y}", "*ref", "&anchor", "!tag",
                "%d", "@at", "`tick`", "'single'", "\"double\"", "tab\there", "multi\nline\n", "cr\rlf", "---",
                "...", "é☃ 客户", "$(id) ${HOME}", "\\u000a");
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < tricky.size(); i++) {
            labels.put("k" + i, tricky.get(i));
        }
        ComposeSpec spec = new ComposeSpec("n", Map.of("s", new ComposeSpec.Service(null, null, tricky, labels,
                null, null, null, null, null)));

        ComposeSpec back = DeployYaml.mapper().readValue(DeployYaml.write(spec), ComposeSpec.class);

        assertThat(back.services().get("s").command()).containsExactlyElementsOf(tricky);
        assertThat(back.services().get("s").labels()).isEqualTo(labels);
    }
}
