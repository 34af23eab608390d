package org.zmqdesigner.engine.export.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;

/**
 * The Java export of the hello-reqrep sample, checked in under
 * {@code src/test/resources/export/golden/java/hello-reqrep/} so that reviewers see what users get,
 * and compared file by file. After an intended change, regenerate it with
 * {@code ./mvnw -o -q -pl engine verify -Dtest=JavaExportGoldenTest -Dzmqdesigner.regenerateGolden=true}
 * and review the diff.
 */
class JavaExportGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/export/golden/java/hello-reqrep");
    static final String REGENERATE = "zmqdesigner.regenerateGolden";

    @Test
    void the_hello_sample_exports_as_the_golden_files_show() throws Exception {
        DesignPlan plan = DesignPlan.of(new TopologyFiles().load(Samples.file("hello-reqrep")), "hello-reqrep");
        ExportTree tree = new JavaExport().export(plan);
        if (Boolean.getBoolean(REGENERATE)) {
            for (ExportedFile file : tree.files()) {
                Path path = GOLDEN.resolve(file.path());
                Files.createDirectories(path.getParent());
                Files.write(path, file.content());
            }
        }
        List<String> golden;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            golden = files.filter(Files::isRegularFile).map(p -> GOLDEN.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        String how = " (after an intended change regenerate the golden files with ./mvnw -o -q -pl engine verify"
                + " -Dtest=JavaExportGoldenTest -D" + REGENERATE + "=true, and review the diff)";
        assertThat(golden).as("the golden files are the export's files" + how)
                .containsExactlyInAnyOrderElementsOf(tree.files().stream().map(ExportedFile::path).toList());
        for (ExportedFile file : tree.files()) {
            assertThat(file.text()).as("%s differs from the golden file%s", file.path(), how)
                    .isEqualTo(Files.readString(GOLDEN.resolve(file.path()), StandardCharsets.UTF_8));
        }
    }
}
