package org.zmqdesigner.engine.export.java;

import java.util.List;
import java.util.Map;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;

/**
 * The exported project's {@code pom.xml} and {@code README.md}: text, not Java, with every user
 * string escaped for its format (XML in the pom, Markdown in the README).
 *
 * <p>The pom pins every plugin the {@code package} phase runs to the version this repository's
 * own build uses ({@code JavaProjectFilesTest} holds the two together), so the project builds
 * offline on a machine that has built the designer.
 */
final class JavaProjectFiles {
    private JavaProjectFiles() {
    }

    static final String JEROMQ_VERSION = "0.6.0";

    /** artifactId to version: the plugins a jar's {@code package} phase runs, as the parent pom pins them. */
    static final Map<String, String> PLUGINS = Map.of(
            "maven-resources-plugin", "3.3.1",
            "maven-compiler-plugin", "3.16.0",
            "maven-surefire-plugin", "3.6.1",
            "maven-jar-plugin", "3.4.2",
            "maven-shade-plugin", "3.6.0");

    private static final List<String> PLUGIN_ORDER = List.of("maven-resources-plugin", "maven-compiler-plugin",
            "maven-surefire-plugin", "maven-jar-plugin", "maven-shade-plugin");

    static String pom(DesignPlan plan, String pkg) {
        String artifact = JavaNames.artifactId(plan.name());
        String title = plan.topology().title() == null ? plan.name() : plan.topology().title();
        StringBuilder plugins = new StringBuilder();
        for (String plugin : PLUGIN_ORDER) {
            plugins.append("      <plugin>\n")
                    .append("        <groupId>org.apache.maven.plugins</groupId>\n")
                    .append("        <artifactId>").append(plugin).append("</artifactId>\n")
                    .append("        <version>").append(PLUGINS.get(plugin)).append("</version>\n");
            if (plugin.equals("maven-shade-plugin")) {
                plugins.append("""
                                <executions>
                                  <execution>
                                    <phase>package</phase>
                                    <goals>
                                      <goal>shade</goal>
                                    </goals>
                                    <configuration>
                                      <createDependencyReducedPom>false</createDependencyReducedPom>
                                      <transformers>
                                        <transformer implementation="org.apache.maven.plugins.shade.resource.ManifestResourceTransformer">
                                          <mainClass>%s.Main</mainClass>
                                        </transformer>
                                      </transformers>
                                    </configuration>
                                  </execution>
                                </executions>
                        """.formatted(JavaNames.xml(pkg)));
            }
            plugins.append("      </plugin>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Exported by ZMQ Designer. Build: mvn package; run: java -jar target/%2$s.jar -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <groupId>%1$s</groupId>
                  <artifactId>%2$s</artifactId>
                  <version>1.0.0</version>
                  <name>%3$s</name>
                  <description>The design %4$s as JeroMQ programs, one class per node.</description>

                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>org.zeromq</groupId>
                      <artifactId>jeromq</artifactId>
                      <version>%5$s</version>
                    </dependency>
                  </dependencies>

                  <build>
                    <finalName>%2$s</finalName>
                    <plugins>
                %6$s    </plugins>
                  </build>
                </project>
                """.formatted(JavaNames.xml(pkg), JavaNames.xml(artifact), JavaNames.xml(title),
                JavaNames.xml(plan.name()), JEROMQ_VERSION, plugins);
    }

    static String readme(DesignPlan plan, String pkg, Map<String, String> classNames, List<String> notes) {
        String artifact = JavaNames.artifactId(plan.name());
        String title = plan.topology().title() == null ? plan.name() : plan.topology().title();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(JavaNames.markdown(title)).append("\n\n")
                .append("The design ").append(JavaNames.markdown(plan.name()))
                .append(" exported by ZMQ Designer as JeroMQ programs: one class per node in `src/main/java/")
                .append(pkg.replace('.', '/')).append("/`, and `Main`, which runs them.\n\n")
                .append("## Build and run\n\n")
                .append("You need a JDK 17 or newer and Maven.\n\n")
                .append("```sh\n")
                .append("mvn package\n")
                .append("java -jar target/").append(artifact).append(".jar                  # every node, one thread each\n")
                .append("java -jar target/").append(artifact).append(".jar --seconds 10     # stop after 10 s\n")
                .append("java -jar target/").append(artifact).append(".jar --node ID        # one node (repeatable)\n")
                .append("```\n\n")
                .append("The program stops when every node is done, after `--seconds N`, or on Ctrl-C, and prints"
                        + " what each node sent and received. All nodes of one process share one `ZContext`:"
                        + " inproc connects sockets of one context only, so a node linked to another over inproc"
                        + " must run in the same process (`--node` refuses otherwise). Every socket gets the"
                        + " designer's safe defaults first (largest message 1 MiB, handshake 2 s, linger 0), then"
                        + " the design's own options.\n\n")
                .append("## Nodes\n\n")
                .append("| node | class | what it is |\n|---|---|---|\n");
        for (NodePlan node : plan.nodes()) {
            out.append("| ").append(JavaNames.markdown(node.id())).append(" | `").append(classNames.get(node.id()))
                    .append("` | ").append(JavaNames.markdown(node.pattern())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append("\n## Notes\n\n");
            for (String note : notes) {
                out.append("- ").append(JavaNames.markdown(note)).append('\n');
            }
        }
        return out.toString();
    }
}
