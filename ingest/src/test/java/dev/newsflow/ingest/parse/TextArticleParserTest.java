package dev.newsflow.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import dev.newsflow.model.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleParserTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final TextArticleParser parser = new TextArticleParser();

    @Test
    void shouldReadTitleAuthorDateAndBodyOfTheReferenceFixture() throws Exception {
        Path fixture = SharedData.require("fixtures/000_dabb77aa80c96470.txt");

        Article article = parser.parse(Files.readString(fixture), "fixture.txt", NOW);

        assertEquals("Trump's Ukraine policy shift signals new phase of US global war", article.title());
        assertEquals(List.of("Andre Damon"), article.authors());
        assertEquals("2025-02-20", article.publishedAt());
        assertTrue(article.body().startsWith("On Tuesday, US Secretary of State Marco Rubio"), article.body());
        assertFalse(article.body().contains("20 February 2025"));
    }

    @Test
    void shouldReadAByBylineWithSeveralAuthorsAndAUsDateWithAWeekday() throws Exception {
        Article article = parser.parse(
                "Harbour City stun leaders\n\nBy Jane Doe and Omar Haddad\nTuesday, March 4, 2025\n\n"
                        + "First paragraph.\n\nSecond\nparagraph.",
                "t.txt",
                NOW);

        assertEquals("Harbour City stun leaders", article.title());
        assertEquals(List.of("Jane Doe", "Omar Haddad"), article.authors());
        assertEquals("2025-03-04", article.publishedAt());
        assertEquals("First paragraph.\n\nSecond paragraph.", article.body());
    }

    @Test
    void shouldDropTheRoleFromAByline() throws Exception {
        Article article = parser.parse("# T\n\nBy Lena Fischer, Political Editor\n2025-02-24\n\nBody.", "t.txt", NOW);

        assertEquals(List.of("Lena Fischer"), article.authors());
    }

    @Test
    void shouldDropTheOutletAndThePlaceFromAByline() throws Exception {
        Article article = parser.parse("# T\n\nBy Hannah Lim, BBC News, Jakarta\n2025-02-24\n\nBody.", "t.txt", NOW);
        Article placed = parser.parse("# T\n\nBy Jane Doe, Jakarta\n2025-02-24\n\nBody.", "t.txt", NOW);

        assertEquals(List.of("Hannah Lim"), article.authors());
        assertEquals(List.of("Jane Doe"), placed.authors());
    }

    @Test
    void shouldDropWhereTheAuthorsWriteFromAndReadAuthorsJoinedByWith() throws Exception {
        Article guardian = parser.parse("# T\n\nBy Tomás Brennan in Guatemala City\n\nBody.", "t.txt", NOW);
        Article afp = parser.parse("# T\n\nBy Jun Dalisay with Marites Coronel in Legazpi\n\nBody.", "t.txt", NOW);
        Article headline = parser.parse("Heavy Rain in Northern Italy\n\nBody of the piece.", "t.txt", NOW);

        assertEquals(List.of("Tomás Brennan"), guardian.authors());
        assertEquals(List.of("Jun Dalisay", "Marites Coronel"), afp.authors());
        assertEquals(List.of(), headline.authors());
    }

    @Test
    void shouldLeaveAnOutletAfterTheNameAndReadAnAgencysBylineInCapitals() throws Exception {
        Article outlet = parser.parse("# T\n\nBy Kyle Brennan, Des Moines Register\n\nBody.", "t.txt", NOW);
        Article agency =
                parser.parse("# T\n\nBy MARTHA KEATING and DAVID CHOI Associated Press\n\nBody.", "t.txt", NOW);
        Article writer = parser.parse("# T\n\nBy DANIEL HAUSER AP Sports Writer\n\nBody.", "t.txt", NOW);

        assertEquals(List.of("Kyle Brennan"), outlet.authors());
        assertEquals(List.of("Martha Keating", "David Choi"), agency.authors());
        assertEquals(List.of("Daniel Hauser"), writer.authors());
    }

    @Test
    void shouldReadABylineAfterAStandfirstAndKeepTheStandfirstInTheBody() throws Exception {
        Article article = parser.parse(
                "Retailer hit by cyberattack\n\nRetailer says names and addresses of up to 1.2m shoppers may have been "
                        + "taken\n\nBy Hannah Okoye, Consumer affairs correspondent\n\nThe retailer said on Monday.",
                "t.txt",
                NOW);
        Article unsigned = parser.parse(
                "Title\n\nA standfirst of some words\n\nJohn Smith said it was fine.\n\nMore.", "t.txt", NOW);

        assertEquals(List.of("Hannah Okoye"), article.authors());
        assertEquals(
                "Retailer says names and addresses of up to 1.2m shoppers may have been taken\n\nThe retailer said on "
                        + "Monday.",
                article.body());
        assertEquals(List.of(), unsigned.authors());
    }

    @Test
    void shouldTakeAVenueOrAOneWordLineForNoByline() throws Exception {
        for (String venue : List.of("Ewood Park", "Stade de France", "Murrayfield", "Lansdowne Road")) {
            Article article = parser.parse(
                    "Blackburn v Burnley\n\n" + venue + "\n\nTuesday, 1 March\n\nThe preview.", "t.txt", NOW);

            assertEquals(List.of(), article.authors(), venue);
            assertTrue(article.body().startsWith(venue), article.body());
        }
    }

    @Test
    void shouldKeepADatelineParagraphInTheBody() throws Exception {
        Article article = parser.parse(
                "# Flood\n\nBOLOGNA — The Reno burst its banks on Tuesday, officials said.\n\nMore.", "t.txt", NOW);

        assertEquals(List.of(), article.authors());
        assertNull(article.publishedAt());
        assertTrue(article.body().startsWith("BOLOGNA — The Reno"), article.body());
    }

    @Test
    void shouldGiveTheSameIdToTheSameArticleWrittenWithOtherWhitespace() throws Exception {
        Article once = parser.parse("# T\n\nOne  paragraph.\n", "a.txt", NOW);
        Article again = parser.parse("#   T\r\n\r\nOne paragraph.", "b.txt", NOW.plusSeconds(60));

        assertEquals(once.id(), again.id());
    }

    @Test
    void shouldRejectATitleWithoutBody() {
        RejectedInputException rejected =
                assertThrows(RejectedInputException.class, () -> parser.parse("# Only a title\n\n", "t.txt", NOW));

        assertEquals("a title but no body", rejected.getMessage());
    }
}
