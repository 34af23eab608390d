package org.zmqdesigner.app.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.zmqdesigner.engine.runtime.RunStartException;
import org.zmqdesigner.engine.runtime.TopologyRun;
import org.zmqdesigner.engine.text.Texts;

/**
 * Kills, restarts and late-starts nodes of a live run on one background thread: these wait for a
 * node's thread and sockets, which the FX thread must never do. Outcomes go to the status sink.
 */
final class NodeControl implements AutoCloseable {

    private static final Texts TEXTS = Texts.of(NodeControl.class);

    private final TopologyRun run;
    private final Consumer<String> status;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "zmq-designer-run-control");
        thread.setDaemon(true);
        return thread;
    });

    NodeControl(TopologyRun run, Consumer<String> status) {
        this.run = run;
        this.status = status;
    }

    void kill(String node) {
        worker.execute(() -> {
            run.stopNode(node);
            status.accept(TEXTS.get("node.killed", node));
        });
    }

    void restart(String node) {
        worker.execute(() -> {
            try {
                run.restartNode(node);
                status.accept(TEXTS.get("node.restarted", node));
            } catch (RunStartException e) {
                status.accept(TEXTS.get("node.cannotRestart", node, e.getMessage()));
            }
        });
    }

    void startLate(String node) {
        worker.execute(() -> {
            try {
                run.startNode(node);
                status.accept(TEXTS.get("node.startedLate", node));
            } catch (RunStartException e) {
                status.accept(TEXTS.get("node.cannotStart", node, e.getMessage()));
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
