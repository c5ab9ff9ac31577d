package dev.newsflow.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long-running command stop cleanly on Ctrl-C or SIGTERM: the signal runs the command's stop action, and
 * the process exits only once the command has closed what it runs ({@link #completed()}).
 */
final class Shutdown {

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    private Shutdown(Runnable stop) {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            requested.countDown();
                            stop.run();
                            try {
                                done.await(60, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "newsflow-shutdown"));
    }

    /** Registers {@code stop} to run when the process is asked to stop. */
    static Shutdown onSignal(Runnable stop) {
        return new Shutdown(stop);
    }

    /** Whether a stop was requested, waiting at most {@code millis}. */
    boolean awaitRequested(long millis) throws InterruptedException {
        return requested.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The command has closed everything: the process may exit. */
    void completed() {
        done.countDown();
    }
}
