package org.zmqdesigner.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * {@code run} in a process whose file-descriptor limit is too low for the design (set with
 * util-linux's {@code prlimit}) refuses at once with the numbers and exit 2, instead of failing
 * node after node with "too many open files".
 */
class DescriptorLimitRunTest {

    @Test
    void a_design_too_big_for_the_descriptor_limit_is_refused_with_exit_2(@TempDir Path dir) throws Exception {
        assumeThat(Path.of("/usr/bin/prlimit")).as("util-linux's prlimit (Linux only)").exists();
        Path design = dir.resolve("big.zmqtopo");
        new TopologyFiles().save(pipelines(40), design);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process process = new ProcessBuilder(List.of("/usr/bin/prlimit", "--nofile=256:256", java, "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", design.toString(),
                "--duration", "2s"))
                .redirectError(dir.resolve("stderr.txt").toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .start();
        boolean exited;
        try {
            exited = process.waitFor(30, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }

        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(exited).as("exited; stderr: %s", err).isTrue();
        assertThat(process.exitValue()).as("exit status; stderr: %s", err).isEqualTo(2);
        assertThat(err).contains(design + ": cannot run: this design needs about ")
                .contains("(80 sockets, 1 I/O thread); this process may open 256 and has ")
                .contains("Raise the limit (ulimit -n 1024)")
                .doesNotContain("Exception").doesNotContain("too many open files");
    }

    /** {@code count} PUSH→PULL pairs over inproc: sockets alone, no port to collide with. */
    private static Topology pipelines(int count) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String endpoint = "inproc://jobs-" + i;
            nodes.add(new Node("vent-" + i, null, NodeKind.APPLICATION, null, null, null, List.of(new Socket("out",
                    SocketType.PUSH, List.of(endpoint), List.of(), SocketOptions.DEFAULTS)),
                    new Behaviour.Source(null, 10.0, null, "x", null, null, null)));
            nodes.add(new Node("sink-" + i, null, NodeKind.APPLICATION, null, null, null,
                    List.of(new Socket("in", SocketType.PULL)), new Behaviour.Sink(null, null)));
            links.add(new Link("jobs-" + i, new SocketRef("sink-" + i, "in"), new SocketRef("vent-" + i, "out"),
                    endpoint));
        }
        return new Topology("forty pipelines", null, nodes, links);
    }
}
