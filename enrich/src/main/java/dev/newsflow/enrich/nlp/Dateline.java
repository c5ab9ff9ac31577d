package dev.newsflow.enrich.nlp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: "OSLO (Newsflow Wire) —", "WASHINGTON, June 5 (Reuters) -". Its capitals
 * name the place the story was filed from, so they are a location whatever the name finder makes of a word in
 * capitals it rarely saw (it took "OSLO" for an organization).
 */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M}.'’ -]*\\p{Lu}\\.?)" // the place, in capitals
                    + "(?:,[^(—–\\n]{1,30}?)?" // ", D.C." or ", June 5"
                    + "\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?" // "(Reuters)"
                    + "(?:—|–|--?)\\s");

    private Dateline() {}

    /** The place of the dateline the text starts with, e.g. "OSLO"; empty if it does not start with one. */
    static Optional<String> place(String text) {
        Matcher matcher = DATELINE.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }
}
