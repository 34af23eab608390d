package org.zmqdesigner.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.TopologyRun;

/**
 * One design run for real, briefly, with a {@link RunObserver} from its first event, as the CLI and
 * the designer run it: start, wait (bounded) for what the test needs, stop, explain.
 */
final class Trial implements AutoCloseable {

    final TopologyRun run;
    final RunObserver observer = new RunObserver();
    private RunReport report;

    private Trial(Topology design, RunOptions options) throws Exception {
        this.run = TopologyRun.start(design, options, observer);
    }

    static Trial start(Topology design) throws Exception {
        return new Trial(design, RunOptions.DEFAULTS);
    }

    static Trial start(Topology design, RunOptions options) throws Exception {
        return new Trial(design, options);
    }

    static Topology design(String json) {
        try {
            return new TopologyFormat().read(json.getBytes(StandardCharsets.UTF_8), "test");
        } catch (Exception e) {
            throw new IllegalStateException("the test design does not load", e);
        }
    }

    /** Waits until the condition holds; fails naming it, with the report so far, otherwise. */
    void await(String what, long timeoutMillis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + timeoutMillis + " ms for " + what + "; report so far: " + run.report()
                        + "; states: " + run.nodeStates());
            }
            Thread.sleep(5);
        }
    }

    RunReport.NodeReport node(String id) {
        return run.report().nodes().get(id);
    }

    /** Stops the run and explains it, as {@code run --explain} does; keeps the final report. */
    List<Finding> stopAndExplain() {
        run.stop();
        report = run.report();
        return Explainer.explain(run, observer);
    }

    /** The final report, after {@link #stopAndExplain()}. */
    RunReport report() {
        return report;
    }

    @Override
    public void close() {
        run.stop();
    }

    static Finding only(List<Finding> findings, Cause cause) {
        List<Finding> of = findings.stream().filter(f -> f.cause() == cause).toList();
        assertThat(of).as("findings of cause %s among %s", cause, causes(findings)).hasSize(1);
        return of.get(0);
    }

    static List<Cause> causes(List<Finding> findings) {
        return findings.stream().map(Finding::cause).toList();
    }

    /** The design after the finding's fix: the edit applied as the designer applies it. */
    static Topology fixed(Topology design, Finding finding) {
        Edit edit = finding.fix().orElseThrow(() -> new AssertionError("no fix edit for " + finding.cause()));
        assertThat(edit.description()).isNotBlank();
        return edit.apply(design);
    }

    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
