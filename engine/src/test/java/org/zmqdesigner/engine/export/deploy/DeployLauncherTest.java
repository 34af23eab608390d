package org.zmqdesigner.engine.export.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportWriter;

/** The launcher scripts: valid sh whatever the design's strings, running exactly the host's nodes. */
class DeployLauncherTest {

    static boolean shellAvailable() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "exit 0").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private record Result(int status, String output) {
    }

    private static Result sh(Path cwd, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        builder.environment().remove(LauncherScript.JAR_VARIABLE);
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    @Test
    void hostile_hosts_and_names_give_scripts_that_parse_and_run_only_the_hosts_nodes(@TempDir Path tmp)
            throws Exception {
        Assumptions.assumeTrue(shellAvailable(), "a POSIX sh");
        // The export's own folder is hostile too: the script must quote where it was put.
        Path dir = tmp.resolve("out $(touch PWNED5) 'q'");
        ExportTree tree = DeployFixtures.export(DeployFixtures.hostile(), DeployFixtures.HOSTILE_NAME);
        ExportWriter.write(tree, dir, false);
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(dir.resolve("hosts"))) {
            scripts = files.filter(p -> p.getFileName().toString().equals("run.sh")).sorted().toList();
        }
        assertThat(scripts).hasSize(2);

        List<String> ran = new ArrayList<>();
        for (Path script : scripts) {
            Result syntax = sh(tmp, Map.of(), "-n", script.toString());
            assertThat(syntax.status()).as("sh -n %s: %s", script, syntax.output()).isZero();
            assertThat(Files.readString(script).lines().filter(l -> !l.startsWith("#") && !l.isBlank()))
                    .as("no user string outside quotes or comments").noneMatch(l -> l.contains("PWNED")
                            || l.contains("touch") || l.contains("Secret"));

            Result dry = sh(tmp, Map.of(LauncherScript.DRY_RUN_VARIABLE, "1"), script.toString(), "--duration", "1s");
            assertThat(dry.status()).as(dry.output()).isZero();
            List<String> args = dry.output().lines().toList();
            assertThat(args.get(0)).isEqualTo("java");
            assertThat(args.get(1)).isEqualTo("-jar");
            assertThat(args.get(2)).isEqualTo(dir.toRealPath().resolve(DeployImage.JAR).toString());
            assertThat(args.subList(3, args.size() - 3)).containsExactly("run",
                    dir.toRealPath().resolve("topology.zmqtopo").toString(), "--only");
            assertThat(args.subList(args.size() - 2, args.size())).containsExactly("--duration", "1s");
            ran.add(args.get(args.size() - 3));

            Result missingJar = sh(tmp, Map.of(), script.toString());
            assertThat(missingJar.status()).isEqualTo(2);
            assertThat(missingJar.output()).contains("the engine's jar is not at").contains(LauncherScript.JAR_VARIABLE);
        }
        assertThat(ran).containsExactlyInAnyOrder(DeployFixtures.SERVER_ID, DeployFixtures.CLIENT_ID);
        try (Stream<Path> everything = Files.walk(tmp)) {
            assertThat(everything.map(p -> p.getFileName().toString()))
                    .as("no name ran a command").noneMatch(n -> n.startsWith("PWNED"));
        }
    }

    @Test
    void the_jar_can_be_named_by_the_environment(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(shellAvailable(), "a POSIX sh");
        ExportWriter.write(DeployFixtures.export("hello-two-hosts"), dir, false);

        Result dry = sh(dir, Map.of(LauncherScript.DRY_RUN_VARIABLE, "1", LauncherScript.JAR_VARIABLE,
                "/opt/my engine.jar"), "hosts/alpha/run.sh");

        assertThat(dry.output().lines().toList()).startsWith("java", "-jar", "/opt/my engine.jar", "run");
        assertThat(dry.output().lines().toList()).endsWith("--only", "server");
    }

    @Test
    void quoting_keeps_every_character_as_it_is() {
        assertThat(LauncherScript.quote("a'b")).isEqualTo("'a'\\''b'");
        assertThat(LauncherScript.quote("$(x) `y` ${z}\n")).isEqualTo("'$(x) `y` ${z}\n'");
    }
}
