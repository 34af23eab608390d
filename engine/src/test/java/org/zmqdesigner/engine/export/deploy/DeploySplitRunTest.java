package org.zmqdesigner.engine.export.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportWriter;
import org.zmqdesigner.engine.export.Exports;

/**
 * A deployment split over two hosts runs as two processes and delivers end to end. Each process is
 * started with exactly the command its host's run.sh holds (read from the script's dry run), with
 * the test's classpath in place of the jar, and with a hosts file that puts the design's machines
 * "alpha" and "beta" on loopback, as DNS would put them on their machines.
 */
class DeploySplitRunTest {

    @TempDir
    static Path tmp;
    private static Path hostsFile;

    @BeforeAll
    static void machinesOnLoopback() throws Exception {
        Assumptions.assumeTrue(DeployLauncherTest.shellAvailable(), "a POSIX sh runs the launcher");
        hostsFile = Files.writeString(tmp.resolve("hosts"), "127.0.0.1 localhost\n127.0.0.1 alpha\n127.0.0.1 beta\n");
    }

    @Test
    void hello_over_two_hosts_answers_every_request() throws Exception {
        Map<String, JsonNode> reports = runSplit("hello-two-hosts", "beta");

        JsonNode client = reports.get("beta").get("nodes").get("client");
        JsonNode server = reports.get("alpha").get("nodes").get("server");
        assertThat(client.get("sent").asLong()).as("client sent").isEqualTo(10);
        assertThat(client.get("received").asLong()).as("client's replies").isEqualTo(10);
        assertThat(server.get("received").asLong()).as("server's requests").isEqualTo(10);
        assertThat(reports.get("beta").get("nodes").has("server")).as("beta runs only its own node").isFalse();
    }

    @Test
    void synchronised_pub_sub_over_two_hosts_delivers_every_update_to_both_subscribers() throws Exception {
        Map<String, JsonNode> reports = runSplit("syncpub-two-hosts", "beta");

        JsonNode publisher = reports.get("alpha").get("nodes").get("syncpub");
        // 1,000 updates and END, plus the two sync replies.
        assertThat(publisher.get("sent").asLong()).as("publisher sent").isEqualTo(1003);
        for (String sub : List.of("syncsub-1", "syncsub-2")) {
            JsonNode node = reports.get("beta").get("nodes").get(sub);
            // Each subscriber's count includes its sync reply and END.
            assertThat(node.get("received").asLong()).as("%s received", sub).isEqualTo(1002);
            assertThat(node.get("lostSlowJoiner").asLong()).as("%s lost to slow joining", sub).isZero();
        }
    }

    /**
     * Exports, starts each host's process in the README's start order, waits for {@code finisher}
     * (the host whose nodes have counts) to end, then stops the other as Ctrl+C would; returns each
     * host's report.
     */
    private static Map<String, JsonNode> runSplit(String design, String finisher) throws Exception {
        Path dir = tmp.resolve(design);
        ExportWriter.write(DeployFixtures.export(design), dir, false);
        DeployLayout layout = DeployLayout.of(DesignPlan.of(DeployFixtures.design(design), design));
        Map<String, Process> processes = new LinkedHashMap<>();
        try {
            for (DeployLayout.Host host : layout.startOrder()) {
                Path report = dir.resolve(host.label() + "-report.json");
                List<String> command = launcherCommand(dir.resolve("hosts/" + host.label() + "/run.sh"),
                        "--speed", "full", "--report", report.toString());
                processes.put(host.label(), new ProcessBuilder(command).directory(dir.toFile())
                        .redirectErrorStream(true).redirectOutput(dir.resolve(host.label() + ".log").toFile())
                        .start());
            }
            Process last = processes.get(finisher);
            assertThat(last.waitFor(60, TimeUnit.SECONDS)).as("host %s finished its counts; its log:\n%s", finisher,
                    log(dir, finisher)).isTrue();
            assertThat(last.exitValue()).as("host %s's exit status; log:\n%s", finisher, log(dir, finisher)).isZero();
            for (Map.Entry<String, Process> other : processes.entrySet()) {
                other.getValue().destroy(); // SIGTERM: the run stops as on Ctrl+C and writes its report
                assertThat(other.getValue().waitFor(20, TimeUnit.SECONDS)).as("host %s stopped", other.getKey())
                        .isTrue();
            }
        } finally {
            processes.values().forEach(Process::destroyForcibly);
        }
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (String host : processes.keySet()) {
            Path report = dir.resolve(host + "-report.json");
            assertThat(report).as("host %s's report; log:\n%s", host, log(dir, host)).exists();
            reports.put(host, new ObjectMapper().readTree(report.toFile()));
        }
        return reports;
    }

    /**
     * The command run.sh runs, as its dry run prints it, with the test's JVM and classpath in place
     * of {@code java -jar JAR}.
     */
    static List<String> launcherCommand(Path script, String... runOptions) throws Exception {
        List<String> dry = new ArrayList<>(List.of("sh", script.toString()));
        dry.addAll(List.of(runOptions));
        ProcessBuilder builder = new ProcessBuilder(dry).redirectErrorStream(true);
        builder.environment().put(LauncherScript.DRY_RUN_VARIABLE, "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<String> printed = output.lines().toList();
        assertThat(printed.subList(0, 2)).as(output).containsExactly("java", "-jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.net.hosts.file=" + hostsFile, "-cp", System.getProperty("java.class.path"),
                "org.zmqdesigner.engine.cli.Main"));
        command.addAll(printed.subList(3, printed.size()));
        return command;
    }

    private static String log(Path dir, String host) {
        try {
            return Files.readString(dir.resolve(host + ".log"));
        } catch (Exception e) {
            return "(no log)";
        }
    }
}
