package org.zmqdesigner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqdesigner.engine.format.Samples;
import picocli.CommandLine;

class RunCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void a_run_prints_a_summary_and_writes_the_report_with_every_field(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");

        int status = run("run", Samples.file("pipeline").toString(), "--speed", "20", "--report", report.toString());

        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("ventilator").contains("max-queue-depth").contains("total: ");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("topology").asText()).isEqualTo("Divide and conquer: a parallel pipeline");
        assertThat(json.get("durationMs").asLong()).isPositive();
        for (String node : new String[] {"ventilator", "worker-1", "worker-2", "worker-3", "sink"}) {
            JsonNode n = json.get("nodes").get(node);
            assertThat(n).as(node).isNotNull();
            for (String field : new String[] {"sent", "received", "dropped", "lostSlowJoiner", "lostHwm",
                    "publishedWhileAway"}) {
                assertThat(n.has(field)).as("%s.%s", node, field).isTrue();
            }
        }
        assertThat(json.get("nodes").get("sink").get("received").asLong()).isEqualTo(101);
        assertThat(json.get("nodes").get("sink").has("unroutable")).isTrue();
        assertThat(json.get("links").get("tasks-1").has("delivered")).isTrue();
        assertThat(json.get("links").get("tasks-1").has("sent")).isTrue();
        assertThat(json.get("links").get("tasks-1").has("maxQueueDepth")).isTrue();
        for (String field : new String[] {"sent", "received", "lostSlowJoiner", "lostHwm", "unroutable"}) {
            assertThat(json.get("totals").has(field)).as("totals.%s", field).isTrue();
        }
    }

    @Test
    void a_node_that_crashes_makes_the_run_exit_1_with_the_reason(@TempDir Path dir) throws Exception {
        try (ZContext context = new ZContext(1)) {
            ZMQ.Socket squatter = context.createSocket(SocketType.PULL);
            squatter.setLinger(0);
            int port = squatter.bindToRandomPort("tcp://127.0.0.1");
            Path design = dir.resolve("crash.zmqtopo");
            java.nio.file.Files.writeString(design, """
                    {"formatVersion": 1, "nodes": [
                      {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["inproc://c"]}],
                       "behaviour": {"type": "source", "count": 5, "payload": "x"}},
                      {"id": "sink", "sockets": [{"id": "in", "type": "PULL"}],
                       "behaviour": {"type": "sink", "count": 5}},
                      {"id": "late", "startDelayMs": 50,
                       "sockets": [{"id": "in", "type": "PULL", "binds": ["tcp://127.0.0.1:%d"]}],
                       "behaviour": {"type": "sink"}}],
                     "links": [{"id": "c", "from": {"node": "sink", "socket": "in"},
                                "to": {"node": "source", "socket": "out"}, "endpoint": "inproc://c"}]}
                    """.formatted(port));

            int status = run("run", design.toString(), "--duration", "1500ms");

            assertThat(status).as("stderr: %s", err).isEqualTo(1);
            assertThat(err.toString()).contains("cannot bind").contains("1 node crashed (late)");
        }
    }

    @Test
    void a_bind_on_every_interface_is_said_before_the_run_starts(@TempDir Path dir) throws Exception {
        int port = freePort();
        Path design = dir.resolve("open.zmqtopo");
        java.nio.file.Files.writeString(design, """
                {"formatVersion": 1, "nodes": [
                  {"id": "source", "sockets": [{"id": "out", "type": "PUSH", "binds": ["tcp://*:%d"]}],
                   "behaviour": {"type": "source", "count": 3, "payload": "x"}},
                  {"id": "sink", "sockets": [{"id": "in", "type": "PULL"}], "behaviour": {"type": "sink", "count": 3}}],
                 "links": [{"id": "l", "from": {"node": "sink", "socket": "in"}, "to": {"node": "source", "socket": "out"},
                            "endpoint": "tcp://localhost:%d"}]}
                """.formatted(port, port));

        int status = run("run", design.toString());

        assertThat(status).as("stderr: %s", err).isZero();
        String said = err.toString();
        assertThat(said).contains("source/out binds tcp://*:" + port + " on every network interface");
        assertThat(said.indexOf("every network interface")).as("before the start").isLessThan(said.indexOf("starting "));
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Test
    void only_with_no_node_names_is_refused_instead_of_running_every_node() {
        int status = run("run", Samples.file("pipeline").toString(), "--only", ",");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--only needs node ids");
        assertThat(out.toString()).doesNotContain("total: ");
    }

    @Test
    void speed_full_runs_without_pacing_and_a_bad_speed_is_explained() {
        int status = run("run", Samples.file("pipeline").toString(), "--speed", "full");
        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("total: ");

        int bad = run("run", Samples.file("pipeline").toString(), "--speed", "fast");
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString()).contains("\"fast\" is not a speed").contains("\"full\"");
        int zero = run("run", Samples.file("pipeline").toString(), "--speed", "0");
        assertThat(zero).isEqualTo(2);
        assertThat(err.toString()).contains("a speed must be a positive factor");
    }

    @Test
    void a_duration_bounds_an_endless_run_and_the_report_shows_slow_joiner_losses(@TempDir Path dir)
            throws Exception {
        Path report = dir.resolve("r.json");
        // Up to three runs: about one in 25 truly loses nothing joining (see SampleBehaviourTest).
        JsonNode json = null;
        for (int attempt = 0; attempt < 3 && (json == null || lostJoining(json) == 0); attempt++) {
            int status = run("run", Samples.file("slow-joiner").toString(), "--duration", "1500ms", "--report",
                    report.toString());

            assertThat(status).as("stderr: %s", err).isZero();
            json = new ObjectMapper().readTree(report.toFile());
            assertThat(json.get("durationMs").asLong()).isBetween(1400L, 5000L);
        }
        assertThat(lostJoining(json)).as("slow-joiner losses in %s", json).isPositive();
    }

    private static long lostJoining(JsonNode report) {
        return report.get("nodes").get("subscriber").get("lostSlowJoiner").asLong();
    }

    @Test
    void an_endpoint_in_use_exits_1_naming_node_and_endpoint() {
        try (ZContext context = new ZContext(1)) {
            ZMQ.Socket squatter = context.createSocket(SocketType.REP);
            squatter.setLinger(0);
            squatter.bind("tcp://127.0.0.1:5555");

            int status = run("run", Samples.file("hello-reqrep").toString(), "--duration", "1s");

            assertThat(status).isEqualTo(1);
            assertThat(err.toString()).contains("node server").contains("tcp://127.0.0.1:5555")
                    .contains("address already in use").doesNotContain("\tat ");
            assertThat(err.toString().split("address already in use", -1)).as("said once: %s", err).hasSize(2);
        }
    }

    @Test
    void an_invalid_or_broken_file_exits_1_with_its_reason(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("b.zmqtopo"), "{\"formatVersion\": 1, \"nodes\": [}");
        String text = Files.readString(Samples.file("hello-reqrep")).replace("\"REP\"", "\"PULL\"");
        Path invalid = Files.writeString(dir.resolve("i.zmqtopo"), text);

        assertThat(run("run", broken.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(broken + ":1:");
        assertThat(run("run", invalid.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("INCOMPATIBLE_SOCKETS");
    }

    @Test
    void only_must_name_nodes_of_the_design_and_usage_errors_exit_2() {
        assertThat(run("run", Samples.file("pipeline").toString(), "--only", "nobody")).isEqualTo(1);
        assertThat(err.toString()).contains("\"nobody\"");
        assertThat(run("run")).isEqualTo(2);
        assertThat(run("run", Samples.file("pipeline").toString(), "--duration", "soon")).isEqualTo(2);
    }
}
