package dev.newsflow.enrich.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word shingles of a text, as 64-bit hashes: the text is NFKC-normalized, lower-cased and cut into words at every
 * character that is not a letter or a digit (so punctuation, quotes and dashes do not count), and every run of
 * {@code size} consecutive words is one shingle. A text shorter than {@code size} words is one shingle.
 *
 * <p>The hash is fixed (FNV-1a over the UTF-16 code units, then a 64-bit finalizer), not {@link String#hashCode()},
 * so that fingerprints stay comparable across JVMs and versions. Thread-safe.
 */
public final class Shingles {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {}

    /** The words of {@code text}, normalized as described above. */
    public static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(normal)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The distinct shingle hashes of {@code text}, sorted; empty when the text has no word. */
    public static long[] of(String text, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1: " + size);
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - size + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long hash = FNV_OFFSET;
            for (int w = i; w < Math.min(words.size(), i + size); w++) {
                String word = words.get(w);
                for (int c = 0; c < word.length(); c++) {
                    hash = (hash ^ word.charAt(c)) * FNV_PRIME;
                }
                hash = (hash ^ ' ') * FNV_PRIME;
            }
            hashes[i] = mix(hash);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** The MurmurHash3 64-bit finalizer: a bijection that spreads every input bit over the whole output. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
