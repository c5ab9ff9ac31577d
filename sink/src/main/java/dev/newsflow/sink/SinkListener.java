package dev.newsflow.sink;

import java.util.Collection;

/** Told what the sink did with each batch, after its offsets were committed. Called on the sink's thread. */
public interface SinkListener {

    SinkListener NONE = new SinkListener() {};

    /** Articles consumed from the enriched topic (stored or dead-lettered). */
    default void received(Collection<String> ids) {}

    /** Articles now stored. */
    default void stored(Collection<String> ids) {}

    /** Records sent to the dead-letter topic instead, by key. */
    default void deadLettered(Collection<String> keys) {}
}
