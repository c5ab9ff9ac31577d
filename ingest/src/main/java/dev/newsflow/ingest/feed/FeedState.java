package dev.newsflow.ingest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsflow.ingest.http.Validators;
import dev.newsflow.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the poller remembers per feed across restarts: the validators of the last complete fetch and the keys of
 * the entries already handled, at most {@code maxKeys} of them, least recently seen dropped first.
 *
 * <p>The file is JSON, replaced atomically (written beside it, then moved over it), so a crash leaves either the
 * old or the new state. Not thread-safe: the poller serializes access.
 */
final class FeedState {

    /** The file's layout. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stored(int version, Map<String, StoredFeed> feeds) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoredFeed(String etag, String lastModified, List<String> seen) {}

    static final int VERSION = 1;

    /** One feed's state. */
    static final class Feed {
        private Validators validators = Validators.NONE;
        private final LinkedHashSet<String> seen = new LinkedHashSet<>();
        private final int maxKeys;

        Feed(int maxKeys) {
            this.maxKeys = maxKeys;
        }

        Validators validators() {
            return validators;
        }

        void validators(Validators validators) {
            this.validators = validators;
        }

        /** Whether {@code key} was handled before; if so, it counts as recently seen again. */
        boolean seen(String key) {
            if (seen.remove(key)) {
                seen.add(key);
                return true;
            }
            return false;
        }

        void remember(String key) {
            seen.remove(key);
            seen.add(key);
            Iterator<String> oldest = seen.iterator();
            while (seen.size() > maxKeys) {
                oldest.next();
                oldest.remove();
            }
        }

        int size() {
            return seen.size();
        }
    }

    private final Path file;
    private final int maxKeys;
    private final Map<String, Feed> feeds = new LinkedHashMap<>();

    private FeedState(Path file, int maxKeys) {
        this.file = file;
        this.maxKeys = maxKeys;
    }

    /**
     * Reads the state at {@code file}; a missing file is an empty state.
     *
     * @throws UncheckedIOException when the file exists but cannot be read or is not a state file: polling on
     *     without it would republish every feed, so the user decides (repair or delete it)
     */
    static FeedState load(Path file, int maxKeys) {
        FeedState state = new FeedState(file, maxKeys);
        if (!Files.exists(file)) {
            return state;
        }
        Stored stored;
        try {
            stored = Json.MAPPER.readValue(file.toFile(), Stored.class);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the feed state " + file + " (" + e.getMessage()
                            + "); repair it, or delete it to republish every feed",
                    e);
        }
        if (stored == null || stored.version() != VERSION || stored.feeds() == null) {
            throw new UncheckedIOException(new IOException("the feed state " + file + " is not a version " + VERSION
                    + " state file; repair it, or delete it to republish every feed"));
        }
        stored.feeds().forEach((location, storedFeed) -> {
            Feed feed = state.feed(location);
            feed.validators(new Validators(storedFeed.etag(), storedFeed.lastModified()));
            if (storedFeed.seen() != null) {
                storedFeed.seen().forEach(feed::remember);
            }
        });
        return state;
    }

    Feed feed(String location) {
        return feeds.computeIfAbsent(location, l -> new Feed(maxKeys));
    }

    /** Replaces the file with the current state, atomically where the file system can. */
    void save() throws IOException {
        Map<String, StoredFeed> stored = new LinkedHashMap<>();
        feeds.forEach((location, feed) -> stored.put(
                location,
                new StoredFeed(feed.validators.etag(), feed.validators.lastModified(), new ArrayList<>(feed.seen))));
        byte[] json;
        try {
            json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Stored(VERSION, stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feed state is always serializable", e);
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(json));
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
