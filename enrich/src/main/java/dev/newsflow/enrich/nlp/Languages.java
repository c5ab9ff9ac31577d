package dev.newsflow.enrich.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Maps the ISO 639-3 codes OpenNLP's language detector returns to the ISO 639-1 codes records carry. */
final class Languages {

    private static final Map<String, String> TWO_LETTER = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            TWO_LETTER.put(Locale.forLanguageTag(code).getISO3Language(), code);
        }
    }

    private Languages() {}

    /** The two-letter code of {@code iso3}, or {@code iso3} itself when there is none. */
    static String twoLetter(String iso3) {
        return TWO_LETTER.getOrDefault(iso3, iso3);
    }
}
