package org.zmqdesigner.engine.export.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The exported pom pins the plugins and JeroMQ to the versions this repository's own build uses,
 * so that an export builds offline wherever the designer was built: the two stay in step here.
 */
class JavaProjectFilesTest {

    @Test
    void the_exported_pom_uses_the_versions_of_the_repository_s_own_build() throws Exception {
        String parent = Files.readString(Path.of("../pom.xml"));
        JavaProjectFiles.PLUGINS.forEach((plugin, version) -> {
            Matcher m = Pattern.compile("<artifactId>" + Pattern.quote(plugin) + "</artifactId>\\s*<version>([^<]+)"
                    + "</version>").matcher(parent);
            assertThat(m.find()).as("the parent pom pins %s", plugin).isTrue();
            assertThat(version).as("%s in the exported pom", plugin).isEqualTo(m.group(1));
        });
        Matcher jeromq = Pattern.compile("<jeromq.version>([^<]+)</jeromq.version>").matcher(parent);
        assertThat(jeromq.find()).isTrue();
        assertThat(JavaProjectFiles.JEROMQ_VERSION).isEqualTo(jeromq.group(1));
    }
}
