package org.zmqdesigner.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.export.deploy.DeployExport;
import org.zmqdesigner.engine.export.java.JavaExport;
import org.zmqdesigner.engine.export.python.PythonExport;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.text.Language;

/**
 * Exported programs are code, commented in English as the zguide's are, whatever language the
 * designer speaks: an export made in Korean is byte for byte the export made in English.
 */
class ExportLanguageTest {

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    @Test
    void an_export_made_in_korean_is_the_export_made_in_english() throws Exception {
        for (String sample : new String[] {"hello-reqrep", "load-balancing-broker", "hwm-drops"}) {
            Language.set(Language.ENGLISH);
            Map<String, String> english = files(sample);
            Language.set(Language.KOREAN);
            Map<String, String> korean = files(sample);
            assertThat(korean).as("%s exported in Korean", sample).isEqualTo(english);
        }
    }

    private static Map<String, String> files(String sample) throws Exception {
        DesignPlan plan = DesignPlan.of(new TopologyFiles().load(Samples.file(sample)), sample);
        Map<String, String> files = new LinkedHashMap<>();
        for (Exporter exporter : new Exporter[] {new JavaExport(), new PythonExport(), new DeployExport()}) {
            for (ExportedFile file : exporter.export(plan).files()) {
                files.put(exporter.getClass().getSimpleName() + "/" + file.path(), file.text());
            }
        }
        return files;
    }
}
