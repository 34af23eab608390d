package org.zmqdesigner.designs.hello_reqrep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.zeromq.ZContext;

/**
 * Runs the design “hello-reqrep”: every node, or those named with --node ID (an id or a name on the canvas; repeatable), each on its own thread.
 *
 * <p>Usage: {@code java -jar <jar> [--node ID]... [--seconds N]}. It stops after N seconds, when every node is done, or on Ctrl-C, and prints what each node sent and received.
 */
public final class Main {
    /**
     * The design's nodes, in its order.
     */
    static final List<String> IDS = List.of("client", "server");

    /**
     * Their names on the canvas, which --node takes too.
     */
    static final List<String> NAMES = List.of("hwclient", "hwserver");

    /**
     * The nodes that bind: they start first.
     */
    static final List<String> BINDERS = List.of("server");

    /**
     * One context for all nodes: inproc connects only sockets of one context.
     */
    private final ZContext context = new ZContext();

    private final List<Node> nodes = new ArrayList<>();

    private final List<Thread> threads = new ArrayList<>();

    private final AtomicBoolean stopped = new AtomicBoolean();

    private final long startNanos = System.nanoTime();

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        long seconds = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--node") && i + 1 < args.length) {
                ids.add(args[++i]);
            } else if (args[i].equals("--seconds") && i + 1 < args.length) {
                seconds = Long.parseLong(args[++i]);
            } else {
                usage(args[i].equals("--help") ? 0 : 2);
            }
        }
        final Main running;
        try {
            running = start(ids);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // Ctrl-C stops every node and prints the summary (the zguide's interrupt example)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (running.stop()) {
                System.out.println(running.summary());
            }
        }));
        if (running.awaitFinished(seconds > 0 ? seconds * 1000 : Long.MAX_VALUE)) {
            // Every node is done: give ZeroMQ a moment to deliver what is queued, as taskvent does
            Thread.sleep(1000);
        }
        if (running.stop()) {
            System.out.println(running.summary());
        }
    }

    /**
     * Starts the nodes with these ids, or every node when there are none. Refuses an id the design does not have, and a node whose inproc peer would run in another process.
     */
    public static Main start(List<String> ids) {
        List<String> chosen = new ArrayList<>();
        for (String given : ids) {
            // An id, or a name on the canvas that only one node has
            int named = NAMES.indexOf(given);
            if (IDS.contains(given)) {
                chosen.add(given);
            } else if (named >= 0 && named == NAMES.lastIndexOf(given)) {
                chosen.add(IDS.get(named));
            } else {
                throw new IllegalArgumentException("The design has no node " + given + "; its nodes are " + IDS);
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(IDS);
        }
        for (String id : chosen) {
            for (String peer : inprocPeers(id)) {
                if (!chosen.contains(peer)) {
                    throw new IllegalArgumentException("Node " + id + " talks to " + peer + " over inproc, which connects threads of one process only: run them together (--node " + peer + " as well), or run every node");
                }
            }
        }
        Main main = new Main();
        // The nodes that bind first, and bound before anyone connects: a tcp connection then finds its peer at once, and over inproc JeroMQ 0.6.0 loses what a PUB or XPUB sends to a SUB that connected before it bound
        for (String id : chosen) {
            if (BINDERS.contains(id)) {
                main.launch(create(id, main.context));
            }
        }
        for (Node node : main.nodes) {
            try {
                // (a node that starts late is not waited for)
                node.awaitReady(node.startDelayMillis() > 0 ? 0 : 5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (String id : chosen) {
            if (!BINDERS.contains(id)) {
                main.launch(create(id, main.context));
            }
        }
        return main;
    }

    private static Node create(String id, ZContext context) {
        return switch (id) {
            case "client" -> new Client(context);
            case "server" -> new Server(context);
            default -> throw new IllegalArgumentException(id);
        };
    }

    private void launch(Node node) {
        Thread thread = new Thread(node, "node-" + node.id());
        nodes.add(node);
        threads.add(thread);
        thread.start();
    }

    /**
     * The nodes each node talks to over inproc: none in this design.
     */
    private static List<String> inprocPeers(String id) {
        return List.of();
    }

    /**
     * The running nodes, with their counts.
     */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /**
     * Waits until every node's work is over, at most {@code millis}; whether it is.
     */
    public boolean awaitFinished(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.min(millis, Long.MAX_VALUE / 2_000_000));
        for (Node node : nodes) {
            if (!node.awaitFinished(Math.max(0, (deadline - System.nanoTime()) / 1_000_000))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stops every node and closes the context; true for the call that did it. Terminating the context ends every node's blocking call with ETERM; each node then closes its own sockets, and the termination waits for that.
     */
    public boolean stop() {
        if (!stopped.compareAndSet(false, true)) {
            return false;
        }
        for (Node node : nodes) {
            node.stop();
        }
        context.getContext().term();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        context.close();
        return true;
    }

    /**
     * What each node sent and received, one line each.
     */
    public String summary() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Total elapsed time: %.1f s%n", (System.nanoTime() - startNanos) / 1e9));
        for (Node node : nodes) {
            out.append("  ").append(node.summary()).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static void usage(int status) {
        System.out.println("Usage: java -jar <jar> [--node ID]... [--seconds N]\n"
                        + "  --node ID    run only this node, by id or name (repeatable); without it every node runs\n"
                        + "  --seconds N  stop after N seconds (else when every node is done, or on Ctrl-C)\n"
                        + "Nodes: " + IDS);
        System.exit(status);
    }
}
