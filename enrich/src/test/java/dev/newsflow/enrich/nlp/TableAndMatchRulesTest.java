package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameRuleFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Names in tables of figures and standings, press digests, rosters and match reports. */
class TableAndMatchRulesTest {

    @Test
    void shouldMakeAPlaceThatWinsOrLosesAMatchATeamThroughoutAMatchReportButNotACountry() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Aalborg will take a two-goal lead into the second leg after victory over Szeged ."),
                tokens("Szeged coach Juan Carlos Pastor said Szeged 's defence tired in the match ."),
                tokens("In Szeged , fans waited ."),
                tokens("Scotland beat Wales in the other game ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 1, "location"), new Span(13, 14, "location")},
                new Span[] {new Span(0, 1, "location"), new Span(2, 5, "person"), new Span(6, 7, "location")},
                new Span[] {new Span(1, 2, "location")},
                new Span[] {new Span(0, 1, "location"), new Span(2, 3, "location")});

        List<Span[]> fixed = TableAndMatchRules.withTeamsNamedAfterPlaces(
                sentences, "Wales"::equals, name -> false, name -> false, name -> false, names);

        // Aalborg only takes a lead: no result, so the place it was
        assertArrayEquals(new Span[] {new Span(0, 1, "location"), new Span(13, 14, "organization")}, fixed.get(0));
        assertArrayEquals(
                new Span[] {new Span(0, 1, "organization"), new Span(2, 5, "person"), new Span(6, 7, "organization")},
                fixed.get(1));
        assertArrayEquals(names.get(2), fixed.get(2), "where the match was stays a place");
        assertArrayEquals(names.get(3), fixed.get(3), "countries and the nations of the UK stay places");
    }

    @Test
    void shouldMakeAPlaceBeforeItsCoachOrPlayersATeamButNotAState() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Nice coach Albert Emon left after a poor season ."),
                tokens("Texas manager Johnny Oates praised the game ."),
                tokens("Nice lost again ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 1, "location"), new Span(2, 4, "person")},
                new Span[] {new Span(0, 1, "location"), new Span(2, 4, "person")},
                new Span[] {new Span(0, 1, "location")});

        List<Span[]> fixed = TableAndMatchRules.withTeamsNamedAfterPlaces(
                sentences, name -> false, name -> false, "Texas"::equals, name -> false, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "organization"), new Span(2, 4, "person")}, fixed.get(0));
        assertArrayEquals(names.get(1), fixed.get(1), "CoNLL names American teams by their state as places");
        assertArrayEquals(new Span[] {new Span(0, 1, "organization")}, fixed.get(2), "and so everywhere");
    }

    @Test
    void shouldMakeAListedPlaceOrBodyTakenForAPersonBeforeATeamsBossAClubButNotAPerson() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Chelsea boss Jose Mourinho praised the goal ."),
                tokens("Chelsea won the match ."),
                tokens("Henman coach Paul Annacone watched ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 1, "person"), new Span(2, 4, "person")},
                new Span[] {new Span(0, 1, "person")},
                new Span[] {new Span(0, 1, "person"), new Span(2, 4, "person")});

        List<Span[]> fixed = TableAndMatchRules.withTeamsNamedAfterPlaces(
                sentences, name -> false, name -> false, name -> false, "Chelsea"::equals, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "organization"), new Span(2, 4, "person")}, fixed.get(0));
        assertArrayEquals(new Span[] {new Span(0, 1, "organization")}, fixed.get(1), "and so everywhere");
        assertArrayEquals(names.get(2), fixed.get(2), "a person the gazetteers list as no place nor body");
    }

    @Test
    void shouldLeaveAPlaceThatBeatsAnotherOutsideAMatchReport() {
        List<String[]> sentences = List.<String[]>of(tokens("Paris beat London to host the games ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(0, 1, "location"), new Span(2, 3, "location")});

        assertArrayEquals(
                names.get(0),
                TableAndMatchRules.withTeamsNamedAfterPlaces(
                                sentences, name -> false, name -> false, name -> false, name -> false, names)
                        .get(0));
    }

    @Test
    void shouldMakeAOneWordItemOfARosterOfPersonsAPerson() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Flemming , Jason Gillespie , Stuart Law , Glenn McGrath"),
                tokens("Green , Jerry Kelly , Tim Simpson ."),
                tokens("However , Jerry Kelly , Tim Simpson ."),
                tokens("Smith , France , Jerry Kelly , Tim Simpson ."),
                tokens("Green , Jerry Kelly and Tim Simpson ."),
                tokens("Lazio , Roma , Tim Simpson , Jerry Kelly ."),
                tokens("Sizzla , TOK , Capleton , Vybz Kartel"));
        List<Span[]> names = List.of(
                new Span[] {new Span(2, 4, "person"), new Span(5, 7, "person"), new Span(8, 10, "person")},
                new Span[] {new Span(0, 1, "organization"), new Span(2, 4, "person"), new Span(5, 7, "person")},
                new Span[] {new Span(2, 4, "person"), new Span(5, 7, "person")},
                new Span[] {new Span(2, 3, "location"), new Span(4, 6, "person"), new Span(7, 9, "person")},
                new Span[] {new Span(0, 1, "organization"), new Span(2, 4, "person"), new Span(5, 7, "person")},
                new Span[] {
                    new Span(0, 1, "organization"),
                    new Span(2, 3, "organization"),
                    new Span(4, 6, "person"),
                    new Span(7, 9, "person")
                },
                new Span[] {
                    new Span(0, 1, "person"),
                    new Span(2, 3, "organization"),
                    new Span(4, 5, "person"),
                    new Span(6, 8, "person")
                });

        List<Span[]> fixed = TableAndMatchRules.withRosterNames(sentences, "France"::equals, names);

        assertEquals(new Span(0, 1, "person"), fixed.get(0)[0]);
        assertEquals(4, fixed.get(0).length);
        assertEquals(new Span(0, 1, "person"), fixed.get(1)[0]);
        assertEquals(3, fixed.get(1).length);
        // a discourse word opening the sentence, a country, a list with "and", two clubs: as they were
        assertArrayEquals(names.get(2), fixed.get(2));
        assertEquals(new Span(0, 1, "person"), fixed.get(3)[0]);
        assertEquals(new Span(2, 3, "location"), fixed.get(3)[1]);
        assertArrayEquals(names.get(4), fixed.get(4));
        assertArrayEquals(names.get(5), fixed.get(5));
        // an acronym keeps the type the model gave it: a band among singers
        assertArrayEquals(names.get(6), fixed.get(6));
    }

    @Test
    void shouldMakeAPressDigestsMastheadLinesOrganizations() {
        List<String[]> digest = List.of(
                tokens("PRESS DIGEST - Lebanon - Aug 22 ."),
                tokens("AN-NAHAR"),
                tokens("- Hariri says the elections will go ahead ."),
                tokens("THE ISLAND"),
                tokens("IRAQ"),
                tokens("FRONT PAGE"),
                tokens("BEIRUT 1996-08-22"));
        List<Span[]> names = List.of(
                new Span[] {new Span(2, 3, "location")},
                new Span[0],
                new Span[] {new Span(1, 2, "person")},
                new Span[] {new Span(1, 2, "location")},
                new Span[] {new Span(0, 1, "location")},
                new Span[0],
                new Span[] {new Span(0, 1, "location")});

        List<Span[]> fixed = TableAndMatchRules.withPressDigestMastheads(digest, "IRAQ"::equals, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "organization")}, fixed.get(1));
        assertArrayEquals(new Span[] {new Span(0, 2, "organization")}, fixed.get(3));
        for (int s : new int[] {0, 2, 4, 5, 6}) {
            assertArrayEquals(names.get(s), fixed.get(s));
        }
        // the same lines in a story that is no press digest are left as they were
        List<String[]> story = List.of(tokens("Hariri wins"), tokens("THE ISLAND"));
        List<Span[]> storyNames = List.of(new Span[] {new Span(0, 1, "person")}, new Span[0]);
        assertSame(storyNames, TableAndMatchRules.withPressDigestMastheads(story, "IRAQ"::equals, storyNames));
    }

    @Test
    void shouldMakeTheTeamHeadingARowOfStandingsAClubOrInATableOfCountriesAPlace() {
        List<String[]> clubs = List.of(
                tokens("Mladost ( BJ ) 3 0 1 2 2 6 1"),
                tokens("Monaco 4 3 1 0 8 2 10"),
                tokens("Kryvbas 6 1 1 4 5 9 4"),
                tokens("Games 3 0 1 2"));
        List<Span[]> clubNames = List.of(
                new Span[] {new Span(2, 3, "organization")},
                new Span[] {new Span(0, 1, "location")},
                new Span[0],
                new Span[0]);
        List<String[]> countries = List.of(tokens("Sweden 1 1 0 0 6 1 2"), tokens("Finland 1 1 0 0 7 3 2"));
        List<Span[]> countryNames =
                List.of(new Span[] {new Span(0, 1, "organization")}, new Span[] {new Span(0, 1, "organization")});
        Predicate<String> isCountry = Set.of("Monaco", "Sweden", "Finland")::contains;

        List<Span[]> fixedClubs = TableAndMatchRules.withStandingsRowNames(clubs, isCountry, clubNames);
        List<Span[]> fixedCountries = TableAndMatchRules.withStandingsRowNames(countries, isCountry, countryNames);

        assertArrayEquals(new Span[] {new Span(0, 4, "organization")}, fixedClubs.get(0));
        assertArrayEquals(new Span[] {new Span(0, 1, "organization")}, fixedClubs.get(1), "Monaco among clubs");
        assertArrayEquals(new Span[] {new Span(0, 1, "organization")}, fixedClubs.get(2));
        assertArrayEquals(new Span[0], fixedClubs.get(3), "five numbers or more");
        assertArrayEquals(new Span[] {new Span(0, 1, "location")}, fixedCountries.get(0));
        assertArrayEquals(new Span[] {new Span(0, 1, "location")}, fixedCountries.get(1));
    }

    @Test
    void shouldMakeTheNameHeadingARowOfFiguresAnOrganization() {
        List<String[]> table = List.of(
                tokens("LECIVA PRAHA 2470.00 2470.00 1360 3359.200"),
                tokens("KANSAS CITY 58 70 .453 18 1/2"),
                tokens("LONDON 3,907.5 +16.4 3,907.5 3,632.3"),
                tokens("THU M&R YR DIV 31.7 10.5-42.3 47.0"),
                tokens("Colin Montgomerie 69 70 71 72"),
                tokens("KANSAS CITY 58 70"));
        List<Span[]> names = List.of(
                new Span[] {new Span(0, 1, "person")},
                new Span[] {new Span(0, 2, "location")},
                new Span[] {new Span(0, 1, "location")},
                new Span[0],
                new Span[] {new Span(0, 2, "person")},
                new Span[] {new Span(0, 2, "location")});

        List<Span[]> fixed = TableAndMatchRules.withTableRowNames(table, names);

        assertArrayEquals(new Span[] {new Span(0, 2, "organization")}, fixed.get(0));
        assertArrayEquals(new Span[] {new Span(0, 2, "organization")}, fixed.get(1));
        // signed changes (a market index by its city), a weekday, a name not in capitals, no decimal point
        for (int s = 2; s < table.size(); s++) {
            assertArrayEquals(names.get(s), fixed.get(s));
        }
    }
}
