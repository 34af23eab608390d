package org.zmqdesigner.engine.runtime;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.zmqdesigner.engine.text.Texts;

/**
 * The first death of a thread of the engine itself: ZeroMQ's I/O or reaper thread (say of an
 * OutOfMemoryError; JeroMQ passes on its handlers' runtime exceptions and keeps going, but not
 * errors), or the queue sampler. Sockets served by a dead I/O thread never move again, so the run
 * is over: the reason is kept for the report, told once, and whoever waits wakes. The handler runs
 * on the dying thread.
 */
final class EngineFailure implements Thread.UncaughtExceptionHandler {
    private final AtomicReference<String> reason = new AtomicReference<>();
    private final CountDownLatch failed = new CountDownLatch(1);
    private final Consumer<String> tell;

    /** {@code tell} publishes the reason; called once, on the dying thread. */
    EngineFailure(Consumer<String> tell) {
        this.tell = tell;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        String why = Texts.of(EngineFailure.class).get("engine.died", thread.getName(), what);
        if (reason.compareAndSet(null, why)) {
            System.getLogger(TopologyRun.class.getName()).log(System.Logger.Level.ERROR, why, e);
            tell.accept(why);
            failed.countDown();
        }
    }

    Optional<String> reason() {
        return Optional.ofNullable(reason.get());
    }

    boolean happened() {
        return reason.get() != null;
    }

    boolean await(long timeoutMillis) throws InterruptedException {
        return failed.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }
}
