package dev.newsflow.enrich.nlp;

import opennlp.tools.util.Span;

/** Sentences and names written the short way the name rules' tests write them. */
final class NameRuleFixtures {

    private NameRuleFixtures() {}

    /** A sentence's tokens, written with one space between them. */
    static String[] tokens(String sentence) {
        return sentence.split(" ");
    }

    /** One-token names at the given positions, with their types. */
    static Span[] spans(Object... startsAndTypes) {
        Span[] spans = new Span[startsAndTypes.length / 2];
        for (int i = 0; i < spans.length; i++) {
            int start = (Integer) startsAndTypes[2 * i];
            spans[i] = new Span(start, start + 1, (String) startsAndTypes[2 * i + 1]);
        }
        return spans;
    }
}
