package org.zmqdesigner.engine.runtime;

import java.util.ArrayList;
import java.util.List;

/** Busy threads that make a test machine behave like a loaded laptop; closing ends them. */
final class CpuLoad implements AutoCloseable {
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    volatile long sink;

    static CpuLoad start(int threads) {
        CpuLoad load = new CpuLoad();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(load::spin, "test-cpu-load-" + i);
            t.setDaemon(true);
            load.threads.add(t);
            t.start();
        }
        return load;
    }

    private void spin() {
        long x = 1;
        while (running) {
            for (int i = 0; i < 100_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            sink = x;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(1_000);
        }
    }
}
