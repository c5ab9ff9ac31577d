package dev.newsflow.cli;

import dev.newsflow.sink.SinkListener;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What became of the articles of one {@code newsflow run}: told by the sink (received, stored) and by the
 * dead-letter topic (dead-lettered), read by the run to know when every article is settled. Thread-safe.
 */
final class RunProgress implements SinkListener {

    private final Set<String> received = new HashSet<>();
    private final Set<String> stored = new HashSet<>();
    private final Set<String> deadLettered = new HashSet<>();

    @Override
    public synchronized void received(Collection<String> ids) {
        received.addAll(ids);
        notifyAll();
    }

    @Override
    public synchronized void stored(Collection<String> ids) {
        stored.addAll(ids);
        notifyAll();
    }

    @Override
    public synchronized void deadLettered(Collection<String> keys) {
        deadLettered.addAll(keys);
        notifyAll();
    }

    /**
     * Waits until each of {@code ids} is stored or dead-lettered.
     *
     * @return whether they all were before the timeout
     */
    synchronized boolean awaitSettled(Set<String> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unsettled(ids) > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized int unsettled(Set<String> ids) {
        return (int) ids.stream()
                .filter(id -> !stored.contains(id) && !deadLettered.contains(id))
                .count();
    }

    synchronized Counts countsFor(Set<String> ids) {
        int enriched = 0;
        int storedCount = 0;
        int dead = 0;
        for (String id : ids) {
            enriched += received.contains(id) ? 1 : 0;
            storedCount += stored.contains(id) ? 1 : 0;
            dead += deadLettered.contains(id) && !stored.contains(id) ? 1 : 0;
        }
        return new Counts(enriched, storedCount, dead);
    }

    synchronized boolean isStored(String id) {
        return stored.contains(id);
    }

    /** Of a run's articles: how many reached the sink, were stored, were dead-lettered instead. */
    record Counts(int enriched, int stored, int deadLettered) {}
}
