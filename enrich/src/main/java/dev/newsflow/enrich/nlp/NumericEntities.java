package dev.newsflow.enrich.nlp;

import dev.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DATE, MONEY and PERCENT mentions, found by rules: their written forms are regular enough that rules beat a
 * statistical model trained on little data.
 */
final class NumericEntities {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sep\\.?|Sept\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?)"; // without the period too ("Nov 8"), where the word cannot be another ("Mar", "Jun")
    private static final String FULL_MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October" + "|November|December)";
    private static final Pattern DATE = Pattern.compile("\\b(?:"
            + "\\d{1,2}\\s+" + MONTH + "(?:,?\\s+\\d{4})?"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?"
            + "|" + MONTH + "\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}"
            + "|(?:[Ii]n|[Ss]ince|by|until|[Ff]rom|of)\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?\\d{4}(?:s)?"
            + "(?!\\s*(?:GMT|UTC|BST|CET|EST|EDT|ET|local))" // "by 1030 GMT" is a time
            // "in fiscal 2026", "into 2027", "until at least 2030", "after 2023"; "since October", "in early March"
            + "|(?:in|since|by|until|till|from|into|after|before|through|during)\\s+(?:at\\s+least\\s+)?"
            + "(?:fiscal\\s+|early\\s+|late\\s+|mid-)?(?:19|20)\\d{2}"
            // not after "by" or "from", where "May" is as often a person ("criticised by May")
            + "|(?:[Ii]n|[Ss]ince|[Uu]ntil|till|into|[Aa]fter|[Bb]efore|through|[Dd]uring)\\s+(?:early\\s+|late\\s+|mid-)?"
            + FULL_MONTH
            + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?"
            + ")\\b");
    /** Digits and commas as written ("$110,00", a typo, stays whole), never a comma after: "about $970,000, on". */
    private static final String AMOUNT = "\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?(?:\\s*(?:million|billion|trillion|bn|m|k))?";

    private static final Pattern MONEY = Pattern.compile("(?:[$€£¥]\\s?" + AMOUNT + "|\\b" + AMOUNT
            + "\\s+(?:dollars?|euros?|pounds?|yen|francs?|yuan|rupees?|pesos?|roubles?|rubles?|rand|won|lira|kronor|kroner)"
            + "|\\b(?:US|USD|EUR|GBP|CHF|JPY)\\s?\\$?" + AMOUNT + ")(?![\\w%])");
    private static final Pattern PERCENT =
            Pattern.compile("\\b\\d+(?:\\.\\d+)?\\s?(?:%|per\\s?cent\\b|percent\\b|percentage points\\b)");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile(
            "^(?i:in|since|by|until|till|from|of|into|after|before|through|during)\\s+(?:the\\s+|at\\s+least\\s+)?");

    private NumericEntities() {}

    static List<Mention> find(Sentence sentence) {
        List<Mention> mentions = new ArrayList<>();
        add(mentions, DATE, EntityType.DATE, sentence);
        add(mentions, MONEY, EntityType.MONEY, sentence);
        add(mentions, PERCENT, EntityType.PERCENT, sentence);
        return mentions;
    }

    private static void add(List<Mention> mentions, Pattern pattern, EntityType type, Sentence sentence) {
        Matcher matcher = pattern.matcher(sentence.text());
        while (matcher.find()) {
            String text = LEADING_PREPOSITION.matcher(matcher.group().strip()).replaceFirst("");
            mentions.add(new Mention(text, type, sentence.index(), false));
        }
    }
}
