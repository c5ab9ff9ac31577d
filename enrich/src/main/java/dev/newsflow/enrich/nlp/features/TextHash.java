package dev.newsflow.enrich.nlp.features;

/**
 * A 64-bit hash of text: FNV-1a over UTF-16 code units, built up token by token, finished with MurmurHash3's 64-bit
 * mixer. The gazetteers key their phrases by it, the name finder's packed weights their features.
 */
public final class TextHash {

    private TextHash() {}

    public static long of(String text) {
        return append(0xcbf29ce484222325L, text);
    }

    public static long append(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = append(hash, text.charAt(i));
        }
        return hash;
    }

    public static long append(long hash, char c) {
        return (hash ^ c) * 0x100000001b3L;
    }

    public static long finish(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }
}
