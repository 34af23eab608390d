package org.zmqdesigner.app.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs test code on the JavaFX application thread and hands back its result or its exception. */
final class FxThread {

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private FxThread() {
    }

    static <T> T call(Callable<T> callable) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(callable.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    static void run(Action action) throws Exception {
        call(() -> {
            action.run();
            return null;
        });
    }
}
