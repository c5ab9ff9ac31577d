package dev.newsflow.enrich.nlp;

import opennlp.tools.util.Span;

/**
 * One sentence of an article's body as the analysis sees it.
 *
 * @param text the sentence as written
 * @param index its position in the body, from 0
 * @param paragraph the paragraph it belongs to, from 0
 * @param tokenSpans where each token lies in {@code text}
 * @param tokens the tokens' text
 */
record Sentence(String text, int index, int paragraph, Span[] tokenSpans, String[] tokens) {

    /** The words of tokens {@code start} (inclusive) to {@code end} (exclusive), as written. */
    String textOf(int start, int end) {
        return text.substring(tokenSpans[start].getStart(), tokenSpans[end - 1].getEnd());
    }
}
