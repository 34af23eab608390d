package org.zmqdesigner.engine.export.python;

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

/**
 * The hello-reqrep sample's Python export, file for file, as reviewed. A change to the export shows
 * here as a diff to read; when it is meant, regenerate with
 * {@code ./mvnw -o -q -pl engine verify -Dtest=PythonGoldenTest -Dpython.golden.update=true}
 * and review the files' diff before committing it.
 */
class PythonGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/export/golden/python/hello-reqrep");
    static final String UPDATE = "python.golden.update";

    @Test
    void hello_reqrep_exports_the_reviewed_python() throws Exception {
        ExportTree tree = new PythonExport().export(DesignPlan.of(PythonPrograms.sample("hello-reqrep"), "hello-reqrep"));
        if (Boolean.getBoolean(UPDATE)) {
            PythonPrograms.write(tree, GOLDEN);
        }
        try (Stream<Path> listing = Files.list(GOLDEN)) {
            List<String> golden = listing.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(tree.files().stream().map(ExportedFile::path).sorted().toList())
                    .as("the files of the export; regenerate with -D%s=true if the change is meant", UPDATE)
                    .isEqualTo(golden);
        }
        for (ExportedFile file : tree.files()) {
            String expected = Files.readString(GOLDEN.resolve(file.path()), StandardCharsets.UTF_8);
            assertThat(file.text()).as("%s differs from %s; if the change is meant, regenerate with"
                    + " ./mvnw -o -q -pl engine verify -Dtest=PythonGoldenTest -D%s=true and review the diff",
                    file.path(), GOLDEN.resolve(file.path()), UPDATE).isEqualTo(expected);
        }
    }
}
