package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;

/** Helpers for tests that run topologies on real sockets: bounded waits with clear failures. */
final class Runs {
    private Runs() {
    }

    static Topology sample(String name) {
        try {
            return new TopologyFiles().load(Samples.file(name));
        } catch (Exception e) {
            throw new IllegalStateException("sample " + name + " does not load", e);
        }
    }

    /** Waits until the condition holds; fails with the description and the last state otherwise. */
    static void await(String what, long timeoutMillis, BooleanSupplier condition, Supplier<Object> state) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
        if (!condition.getAsBoolean()) {
            fail("waited " + timeoutMillis + " ms for " + what + "; last state: " + state.get());
        }
    }

    /** Threads a run may leave behind if it does not clean up: its own and JeroMQ's. */
    static Set<String> runThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("zmq-designer") || n.startsWith("iothread") || n.startsWith("reaper"))
                .collect(Collectors.toSet());
    }

    static boolean portFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
