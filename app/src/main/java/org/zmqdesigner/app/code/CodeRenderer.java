package org.zmqdesigner.app.code;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * Renders code on one background thread, the latest request winning: a request overtaken before
 * it starts is skipped, and a result that arrives after a newer request was made is dropped. The
 * FX thread only hands requests in and receives results, so a slow exporter never freezes the
 * window.
 */
final class CodeRenderer {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "zmq-designer-code-view");
        thread.setDaemon(true); // never keeps the JVM alive after the window closed
        return thread;
    });
    private final AtomicLong latest = new AtomicLong();
    private final Function<CodeResult.Request, CodeResult> render;

    CodeRenderer(Function<CodeResult.Request, CodeResult> render) {
        this.render = render;
    }

    /** Renders {@code request} and hands the result to {@code show} on the FX thread, unless overtaken. */
    void render(CodeResult.Request request, Consumer<CodeResult> show) {
        long ticket = latest.incrementAndGet();
        worker.execute(() -> {
            if (ticket != latest.get()) {
                return;
            }
            CodeResult result = render.apply(request);
            Platform.runLater(() -> {
                if (ticket == latest.get()) {
                    show.accept(result);
                }
            });
        });
    }

    /** Forgets any request in flight: its result will not be shown. */
    void cancel() {
        latest.incrementAndGet();
    }
}
