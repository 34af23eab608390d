package org.zmqdesigner.engine.export.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportWriter;
import org.zmqdesigner.engine.export.ExportedFile;

/**
 * What users get, for reviewers to read: the deployment of hello-reqrep split over two hosts, file
 * by file, in src/test/resources/export/golden/deploy/hello-two-hosts. A change to the export shows
 * up here as a diff; when it is meant, regenerate the files with
 * {@value #REGENERATE} and review the diff.
 */
class DeployGoldenTest {

    static final String PROPERTY = "zmqdesigner.golden.update";
    static final String REGENERATE = "./mvnw -o -q -pl engine verify -Dtest=DeployGoldenTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dzmqdesigner.golden.update=true";
    static final Path GOLDEN = Path.of("src/test/resources/export/golden/deploy/hello-two-hosts");

    @Test
    void the_deployment_of_hello_over_two_hosts_is_the_golden_one() throws Exception {
        ExportTree tree = DeployFixtures.export("hello-two-hosts");
        if (Boolean.getBoolean(PROPERTY)) {
            if (Files.exists(GOLDEN)) {
                try (Stream<Path> old = Files.walk(GOLDEN)) {
                    for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            ExportWriter.write(tree, GOLDEN, false);
        }
        assertThat(GOLDEN).as("the golden files; make them with " + REGENERATE).isDirectory();
        List<String> golden;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            golden = files.filter(Files::isRegularFile).map(p -> GOLDEN.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertThat(tree.files().stream().map(ExportedFile::path).sorted().toList())
                .as("the export's files against the golden ones; if the change is meant, regenerate with "
                        + REGENERATE).isEqualTo(golden);
        for (ExportedFile file : tree.files()) {
            assertThat(file.text()).as("%s differs from its golden file %s; if the change is meant, regenerate with %s"
                    + " and review the diff", file.path(), GOLDEN.resolve(file.path()), REGENERATE)
                    .isEqualTo(Files.readString(GOLDEN.resolve(file.path())));
        }
    }
}
