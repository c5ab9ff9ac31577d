package dev.newsflow.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.SharedData;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void shouldRepairTheReferenceFixture() throws Exception {
        String fixture = Files.readString(SharedData.require("fixtures/000_dabb77aa80c96470.txt"));

        String body =
                new TextArticleParser().parse(fixture, "fixture", Instant.EPOCH).body();

        assertTrue(body.contains("\"America must face reality and prioritize China over Europe.\""), body);
        assertTrue(body.contains("For years, NATO has demanded"), body);
        assertTrue(body.contains("with negative consequences for US imperialism’s ability"), body);
        assertFalse(body.contains("*"), body);
        assertTrue(body.contains("wrote the New York Times."), body);
        assertTrue(body.endsWith("to put an end to war, exploitation and dictatorship."), body);
        assertFalse(body.contains("wsws.org/contact"), body);
    }

    @Test
    void shouldJoinAParagraphThatEndsMidSentenceIntoItsLowercaseContinuation() {
        assertEquals(
                "He said the plan would not\n\nThen came the vote.",
                BodyText.normalize("He said the plan would not\n\nThen came the vote."));
        assertEquals(
                "He said the plan would not survive the winter.",
                BodyText.normalize("He said the plan would not\n\nsurvive the winter."));
        assertEquals("For years, NATO has waited.", BodyText.normalize("For years,\n\nNATO has waited."));
    }

    @Test
    void shouldKeepAHeadingApartFromTheParagraphAfterIt() {
        assertEquals(
                "The vote passed.\n\nReactions\n\nThe opposition walked out.",
                BodyText.normalize("The vote passed.\n\n## Reactions\n\nThe opposition walked out."));
    }

    @Test
    void shouldReduceMarkdownToItsText() {
        assertEquals(
                "The Harbour Gazette reported it first, and the mayor agreed. See the report.",
                BodyText.normalize("*The Harbour Gazette* reported it **first**, and the _mayor_ agreed. "
                        + "See [the report](https://example.org/r)."));
        assertEquals("snake_case_names and 2*3*4 stay", BodyText.normalize("snake_case_names and 2*3*4 stay"));
    }

    @Test
    void shouldRemoveAPublisherTrailerButNotALastParagraphThatMentionsSubscribers() {
        assertEquals(
                "Shares fell.\n\nFewer customers chose to subscribe this year, analysts said.",
                BodyText.normalize("Shares fell.\n\nFewer customers chose to subscribe this year, analysts said.\n\n"
                        + "Subscribe to our newsletter\n\nFollow us on X and Facebook\n\n"
                        + "**[example.org/contact](https://example.org/contact)**"));
    }

    @Test
    void shouldRemoveAnAgencysCreditLineButNotAParagraphAboutReporting() {
        assertEquals(
                "Claes won the stage.\n\nReporting by the team's radio, he said, was late.",
                BodyText.normalize("Claes won the stage.\n\nReporting by the team's radio, he said, was late.\n\n"
                        + "(Reporting by Thomas Aubert; Editing by Clare Dunmore)"));
        assertEquals(
                "Claes won the stage.",
                BodyText.normalize(
                        "Claes won the stage.\n\nReporting by Thomas Aubert in Nice; Editing by Clare Dunmore"));
    }

    @Test
    void shouldComposeCharactersToNfc() {
        assertEquals("Café", BodyText.normalize("Cafe\u0301"));
    }
}
