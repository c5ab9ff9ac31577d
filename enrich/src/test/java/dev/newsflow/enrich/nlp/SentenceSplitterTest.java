package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences and tokens as the name finder was trained to see them, from OpenNLP's UD models and the repairs. */
class SentenceSplitterTest {

    private static SentenceSplitter splitter;

    @BeforeAll
    static void loadModels() throws IOException {
        try (InputStream sentences = resource(NlpModels.SENTENCES);
                InputStream tokens = resource(NlpModels.TOKENS)) {
            splitter = new SentenceSplitter(new SentenceModel(sentences), new TokenizerModel(tokens));
        }
    }

    private static InputStream resource(String name) {
        return SentenceSplitterTest.class.getClassLoader().getResourceAsStream(name);
    }

    private static List<String> sentences(String body) {
        return splitter.split(body).stream().map(Sentence::text).toList();
    }

    private static List<String> tokens(String sentence) {
        List<Sentence> split = splitter.split(sentence);
        assertEquals(1, split.size(), () -> "one sentence expected: " + split);
        return List.of(split.get(0).tokens());
    }

    @Test
    void shouldKeepWordsJoinedByAHyphenWithoutSpacesAsOneTokenButNotAPlaceMadeAnAdjective() {
        assertEquals(
                List.of(
                        "Hewlett-Packard",
                        "and",
                        "Coca-Cola",
                        "won",
                        "a",
                        "long-term",
                        "deal",
                        "in",
                        "Emilia-Romagna",
                        "--",
                        "a",
                        "state-of-the-art",
                        "plant",
                        "-",
                        "Jean-Pierre",
                        "of",
                        "Paris",
                        "-",
                        "based",
                        "Acme",
                        "said",
                        "."),
                tokens("Hewlett-Packard and Coca-Cola won a long-term deal in Emilia-Romagna -- a state-of-the-art "
                        + "plant - Jean-Pierre of Paris-based Acme said."));
    }

    @Test
    void shouldSplitANameMadeAnAdjectiveSoTheNameStaysAName() {
        assertEquals(
                List.of(
                        "The",
                        "ex",
                        "-",
                        "Labour",
                        "MP",
                        "joined",
                        "Singapore",
                        "-",
                        "listed",
                        "Acme",
                        "in",
                        "mid-August",
                        "."),
                tokens("The ex-Labour MP joined Singapore-listed Acme in mid-August."));
    }

    @Test
    void shouldKeepAKoreanGivenNameAfterItsFamilyNameWhole() {
        assertEquals(
                List.of("Kim", "Seo-yeon", "beat", "Lee", "Jae-won", "."), tokens("Kim Seo-yeon beat Lee Jae-won."));
    }

    @Test
    void shouldEndASentenceTheModelRanOnWhereAWordThatOpensOneFollowsAPeriod() {
        assertEquals(
                List.of("The firm is based in the U.S.", "The company said Mr. Smith and St. Louis-based Acme agreed."),
                sentences("The firm is based in the U.S. The company said Mr. Smith and St. Louis-based Acme agreed."));
    }

    @Test
    void shouldNotEndASentenceAtAMiddleInitialOrAfterJuniorWhenTheSentenceGoesOn() {
        assertEquals(
                List.of("President Joseph R. Biden Jr. met John F. Kennedy on Tuesday.", "It went well."),
                sentences("President Joseph R. Biden Jr. met John F. Kennedy on Tuesday. It went well."));
    }

    @Test
    void shouldNotEndASentenceAtATitleOrAMonthBeforeItsDay() {
        assertEquals(
                List.of("Gen. Mark Milley spoke on Jan. 5 at 3 p.m. local time.", "Nobody listened."),
                sentences("Gen. Mark Milley spoke on Jan. 5 at 3 p.m. local time. Nobody listened."));
    }

    @Test
    void shouldEndASentenceAtAnInitialWhenTheNextOneOpensWithAPronoun() {
        assertEquals(List.of("They called it Plan B.", "It failed."), sentences("They called it Plan B. It failed."));
    }

    @Test
    void shouldStillEndASentenceAfterAnAbbreviationWhenANewOneStarts() {
        assertEquals(
                List.of("The shares of Acme Inc.", "The company said nothing."),
                sentences("The shares of Acme Inc. The company said nothing."));
    }

    @Test
    void shouldNotEndASentenceInsideANumber() {
        assertEquals(
                List.of("The prize was worth about $1.5 million, a large sum.", "It went to Porto."),
                sentences("The prize was worth about $1.5 million, a large sum. It went to Porto."));
    }

    @Test
    void shouldNeverLetASentenceCrossAParagraph() {
        assertEquals(List.of("It was Joseph R.", "Biden."), sentences("It was Joseph R.\n\nBiden."));
    }

    @Test
    void shouldKeepAnInitialWithItsPeriodButNotTheSentencesLastPeriod() {
        assertEquals(
                List.of("George", "W.", "Bush", "met", "H.", "G.", "Wells", "at", "3", "p.m.", "in", "Plan", "B", "."),
                tokens("George W. Bush met H. G. Wells at 3 p.m. in Plan B."));
    }

    @Test
    void shouldSplitPossessivesAsTheTrainingDataDoes() {
        assertEquals(
                List.of(
                        "Putin", "'s", "aides", "and", "the", "United", "States", "’", "allies", "met", "Trump", "’s",
                        "team", "."),
                tokens("Putin's aides and the United States’ allies met Trump’s team."));
        assertEquals(
                List.of("he", "told", "BBC", "Radio", "4", "'s", "Today", "programme"),
                tokens("he told BBC Radio 4's Today programme"));
    }

    @Test
    void shouldSplitTheFinalPeriodFromTheLastWordButNotFromAnAbbreviation() {
        assertEquals(List.of("Tremors", "reached", "Aleppo", "."), tokens("Tremors reached Aleppo."));
        assertEquals(List.of("(", "in", "Aleppo", ".", ")"), tokens("(in Aleppo.)"));
        assertEquals(List.of("They", "left", "the", "U.S."), tokens("They left the U.S."));
        assertEquals(List.of("He", "met", "Joseph", "Biden", "Jr."), tokens("He met Joseph Biden Jr."));
    }

    @Test
    void shouldSplitContractionsAsTheTrainingDataDoes() {
        assertEquals(
                List.of("I", "'ve", "said", "we", "do", "n't", "and", "they", "’re", "not", "."),
                tokens("I've said we don't and they’re not."));
    }

    @Test
    void shouldSplitWordsJoinedByAnEmDashButNotByAnEnDash() {
        assertEquals(
                List.of(
                        "the",
                        "United",
                        "States",
                        "—",
                        "a",
                        "close",
                        "ally",
                        "—",
                        "and",
                        "the",
                        "Gaza–Israel",
                        "border"),
                tokens("the United States—a close ally—and the Gaza–Israel border"));
    }

    @Test
    void shouldKeepTokenOffsetsIntoTheSentenceText() {
        Sentence sentence = splitter.split("Putin's aides—all of them—agreed.").get(0);

        assertEquals("Putin's aides", sentence.textOf(0, 3));
        assertEquals("them—agreed", sentence.textOf(6, 9));
    }
}
