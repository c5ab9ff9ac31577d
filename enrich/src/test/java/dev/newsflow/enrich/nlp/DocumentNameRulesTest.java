package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameRuleFixtures.spans;
import static dev.newsflow.enrich.nlp.NameRuleFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** What the whole document makes of a name. */
class DocumentNameRulesTest {

    @Test
    void shouldMakeAOneWordNameAPersonWhereItEndsAKnownPersonsNameInTheDocument() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Neil Jordan filmed in Dublin for Disney , said Jordan of Walt Disney ."),
                tokens("Lebed Chechnya : Lebed flew to Chechnya , not Jordan ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {
                    new Span(0, 2, "person"),
                    new Span(4, 5, "location"),
                    new Span(6, 7, "organization"),
                    new Span(9, 10, "location"),
                    new Span(11, 13, "person")
                },
                new Span[] {
                    new Span(0, 2, "person"),
                    new Span(3, 4, "person"),
                    new Span(6, 7, "location"),
                    new Span(9, 10, "location")
                });
        Predicate<String> isKnownPerson = name -> name.equals("Neil Jordan") || name.equals("Walt Disney");

        List<Span[]> fixed = DocumentNameRules.withSurnamesAsPersons(sentences, isKnownPerson, names);

        assertArrayEquals(
                new Span[] {
                    new Span(0, 2, "person"),
                    new Span(4, 5, "location"),
                    new Span(6, 7, "organization"),
                    new Span(9, 10, "person"),
                    new Span(11, 13, "person")
                },
                fixed.get(0));
        assertArrayEquals(
                new Span[] {
                    new Span(0, 2, "person"),
                    new Span(3, 4, "person"),
                    new Span(6, 7, "location"),
                    new Span(9, 10, "person")
                },
                fixed.get(1));
    }

    @Test
    void shouldMakeANameTheGazetteersKnowOnlyAsAPersonsAPersonButNotANationalitysASaintsOrAnInstitutions() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Elon Musk 's Department , Bosnian Serb leaders , St Mary and Royal Academy ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(0, 2, "organization"),
            new Span(5, 7, "misc"),
            new Span(9, 11, "location"),
            new Span(12, 14, "organization")
        });
        Predicate<String> isOnlyAPerson = Set.of("Elon Musk", "Bosnian Serb", "St Mary", "Royal Academy")::contains;

        List<Span[]> fixed = DocumentNameRules.withKnownPersons(sentences, isOnlyAPerson, "Bosnian"::equals, names);

        assertArrayEquals(
                new Span[] {
                    new Span(0, 2, "person"),
                    new Span(5, 7, "misc"),
                    new Span(9, 11, "location"),
                    new Span(12, 14, "organization")
                },
                fixed.get(0));
    }

    @Test
    void shouldMakeAOneWordPersonOrMiscNameThatOpensAnOrganizationsNameInTheDocumentThatOrganization() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Magna International Inc. and the Palestinian Authority ."),
                tokens("Magna , Palestinian , Magna and Kessel ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 3, "organization"), new Span(5, 7, "organization")}, new Span[] {
                    new Span(0, 1, "person"), new Span(2, 3, "misc"), new Span(4, 5, "location"), new Span(6, 7, "misc")
                });

        List<Span[]> fixed = DocumentNameRules.withShortOrganizationNames(sentences, "Palestinian"::equals, names);

        assertArrayEquals(
                new Span[] {
                    new Span(0, 1, "organization"),
                    new Span(2, 3, "misc"),
                    new Span(4, 5, "location"),
                    new Span(6, 7, "misc")
                },
                fixed.get(1));
    }

    @Test
    void shouldGiveAHeadlinesWordsTheTypeOfTheNameTheStoryTagsButNotOfAWordItWritesInLowerCase() {
        List<String[]> sentences = List.<String[]>of(
                tokens("SOCCER - BARATELLI TO COACH NICE , STANDARD LIEGE WILL APPEAL ."),
                tokens("Nice appointed Marco Baratelli on Friday , and Standard Liege said they will appeal ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(2, 3, "person")}, new Span[] {
            new Span(0, 1, "organization"),
            new Span(2, 4, "person"),
            new Span(8, 10, "organization"),
            new Span(12, 13, "person")
        });

        List<Span[]> fixed = DocumentNameRules.withHeadlineMentions(sentences, names);

        assertArrayEquals(
                new Span[] {new Span(2, 3, "person"), new Span(5, 6, "organization"), new Span(7, 9, "organization")},
                fixed.get(0),
                "'WILL' is a word of the story, though it tagged 'will' once");
        assertSame(names.get(1), fixed.get(1));
    }

    @Test
    void shouldSplitAPlaceOffANameTheModelRanOnIntoItWhereTheDocumentNamesBothAlone() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Yeltsin endorses Lebed Chechnya plan , the OSCE Chechnya mission says ."),
                tokens("Alexander Lebed met the OSCE in Chechnya ."),
                tokens(
                        "Guido Caloi founded Caloi ; Nintendo UK and Rotor Volgograd , in the UK and Volgograd , met Guido ."),
                tokens("Nintendo , Rotor and Lebed said ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 1, "person"), new Span(2, 4, "person"), new Span(7, 9, "organization")},
                new Span[] {new Span(0, 2, "person"), new Span(4, 5, "organization"), new Span(6, 7, "location")},
                new Span[] {
                    new Span(0, 2, "person"),
                    new Span(3, 4, "location"),
                    new Span(5, 7, "organization"),
                    new Span(8, 10, "organization"),
                    new Span(13, 14, "location"),
                    new Span(15, 16, "location"),
                    new Span(18, 19, "person")
                },
                new Span[] {new Span(0, 1, "organization"), new Span(2, 3, "organization"), new Span(4, 5, "person")});

        List<Span[]> fixed =
                DocumentNameRules.withPlacesApart(sentences, "UK"::equals, "Rotor Volgograd"::equals, names);

        assertArrayEquals(
                new Span[] {
                    new Span(0, 1, "person"),
                    new Span(2, 3, "person"),
                    new Span(3, 4, "location"),
                    new Span(7, 8, "organization"),
                    new Span(8, 9, "location")
                },
                fixed.get(0));
        assertArrayEquals(
                names.get(2),
                fixed.get(2),
                "a given name is no surname; a company's arm in a country and a known club keep their names");
    }

    @Test
    void shouldGiveANameTheTypeOfFourInFiveOfItsMentions() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Ruch said Ruch and Ruch and Ruch and Ruch grew ; Jordan and Jordan and Jordan met"));
        List<Span[]> names = List.<Span[]>of(spans(
                0,
                "organization",
                2,
                "organization",
                4,
                "location",
                6,
                "organization",
                8,
                "organization",
                11,
                "person",
                13,
                "location",
                15,
                "person"));

        List<Span[]> fixed = DocumentNameRules.withMajorityTypes(sentences, names);

        assertEquals("organization", fixed.get(0)[2].getType());
        assertEquals("location", fixed.get(0)[6].getType(), "two in three is not enough");
    }

    @Test
    void shouldJoinTheTaggedPiecesOfANameTheDocumentTagsWholeElsewhere() {
        List<String[]> sentences = List.of(
                tokens("Siemens Healthineers shares fell ."),
                tokens("said Siemens Healthineers Chief Executive Bernd Montag"),
                tokens("sites such as Power Page and Apple Insider"),
                tokens("Power Page and Apple Insider reported it"),
                tokens("Siemens Healthineers Group"));
        List<Span[]> names = List.of(
                new Span[] {new Span(0, 2, "organization")},
                new Span[] {new Span(1, 2, "organization"), new Span(2, 3, "person"), new Span(5, 7, "person")},
                new Span[] {new Span(3, 5, "organization"), new Span(6, 8, "organization")},
                new Span[] {new Span(0, 5, "organization")},
                new Span[] {new Span(0, 1, "organization"), new Span(1, 3, "organization")});

        List<Span[]> fixed = DocumentNameRules.withSplitNamesJoined(sentences, names);

        assertArrayEquals(new Span[] {new Span(1, 3, "organization"), new Span(5, 7, "person")}, fixed.get(1));
        // two names with "and" between them stay two; a name reaching past the known one is left alone
        assertArrayEquals(names.get(2), fixed.get(2));
        assertArrayEquals(names.get(4), fixed.get(4));
    }

    @Test
    void shouldTagARepeatedMentionAsItWasTaggedMostOften() {
        List<String[]> sentences = List.of(
                tokens("Acme Labs hired Ann Lee ."), tokens("Acme Labs said ."), tokens("and then Acme Labs grew ."));
        List<Span[]> names = List.of(
                new Span[] {new Span(0, 2, "organization"), new Span(3, 5, "person")},
                new Span[] {new Span(0, 2, "organization")},
                new Span[0]);

        List<Span[]> found = DocumentNameRules.withRepeatedMentions(sentences, names);

        assertArrayEquals(new Span[] {new Span(2, 4, "organization")}, found.get(2));
    }

    @Test
    void shouldNotTagARepeatedMentionGluedToAnotherCapitalisedWord() {
        List<String[]> sentences = List.of(tokens("Acme Labs said ."), tokens("Later Acme Labs grew ."));
        List<Span[]> names = List.of(new Span[] {new Span(0, 2, "organization")}, new Span[0]);

        assertArrayEquals(
                new Span[0],
                DocumentNameRules.withRepeatedMentions(sentences, names).get(1));
    }

    @Test
    void shouldSplitTwoKnownOrganizationsJoinedByAndButNotAKnownNameWithAnd() {
        java.util.Set<String> known =
                java.util.Set.of("Goldman Sachs", "Deutsche Bank", "Marks", "Spencer", "Marks and Spencer");
        List<String[]> sentences = List.<String[]>of(
                tokens("Goldman Sachs and Deutsche Bank advised Marks and Spencer and Dodge and Jeepster"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(0, 5, "organization"), new Span(6, 9, "organization"), new Span(10, 13, "organization")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(0, 2, "organization"),
                    new Span(3, 5, "organization"),
                    new Span(6, 9, "organization"),
                    new Span(10, 13, "organization")
                },
                DocumentNameRules.withConjoinedOrganizationsSplit(sentences, known::contains, names)
                        .get(0));
    }

    @Test
    void shouldSplitTwoNamesJoinedByAndThatTheDocumentTagsAloneElsewhere() {
        List<String[]> sentences = List.of(
                tokens("Foo Fighters and Keane will play"),
                tokens("Foo Fighters said"),
                tokens("Keane , the trio , said"),
                tokens("Trinidad and Tobago"));
        List<Span[]> names = List.of(
                new Span[] {new Span(0, 4, "organization")},
                new Span[] {new Span(0, 2, "organization")},
                new Span[] {new Span(0, 1, "person")},
                new Span[] {new Span(0, 3, "location")});

        List<Span[]> fixed = DocumentNameRules.withConjoinedOrganizationsSplit(sentences, name -> false, names);

        assertArrayEquals(new Span[] {new Span(0, 2, "organization"), new Span(3, 4, "person")}, fixed.get(0));
        assertArrayEquals(names.get(3), fixed.get(3));
    }

    @Test
    void shouldTagAPersonsSurnameAloneButNotOneTheDocumentUsesAsAWord() {
        List<String[]> sentences = List.of(
                tokens("Rachel Donnelly and Theresa May ran ."),
                tokens("Donnelly , 32 , lowered her best ."),
                tokens("May said it may rain in May ."));
        List<Span[]> names =
                List.of(new Span[] {new Span(0, 2, "person"), new Span(3, 5, "person")}, new Span[0], new Span[0]);

        List<Span[]> found = DocumentNameRules.withRepeatedMentions(sentences, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "person")}, found.get(1));
        assertArrayEquals(new Span[0], found.get(2));
    }
}
