package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** What the tagger does to the model's names after tagging a document. */
class DocumentNameTaggerTest {

    private static String[] tokens(String sentence) {
        return sentence.split(" ");
    }

    @Test
    void shouldStraightenTypographicQuotesAndApostrophesForTheModelOnly() {
        String[] curled = tokens("“ Putin ’s ‘ war ’ , ” said O’Neill");
        String[] plain = tokens("Putin 's war");

        assertArrayEquals(
                tokens("\" Putin 's ' war ' , \" said O'Neill"), DocumentNameTagger.withStraightQuotes(curled));
        assertEquals("“", curled[0]);
        assertSame(plain, DocumentNameTagger.withStraightQuotes(plain));
    }

    @Test
    void shouldDropPunctuationAtTheEdgesOfANameAndANameOfPunctuationOnly() {
        List<String[]> sentences =
                List.<String[]>of(tokens("( AP ) — Mars , the maker of M&M 's , said \" . Mladost ( BJ ) 4"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(3, 5, "organization"),
            new Span(9, 10, "person"),
            new Span(13, 14, "misc"),
            new Span(15, 19, "organization")
        });

        assertArrayEquals(
                new Span[] {new Span(4, 5, "organization"), new Span(9, 10, "person"), new Span(15, 19, "organization")
                },
                DocumentNameTagger.withoutEdgePunctuation(sentences, names).get(0));
    }

    @Test
    void shouldGiveAPersonsNameTheRomanNumeralAfterItButNotAPronounOrAnotherName() {
        List<String[]> sentences = List.<String[]>of(
                tokens("King Felipe VI met Pope Benedict XVI , Henry I said , World War II , Charles III Ltd"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(1, 2, "person"),
            new Span(5, 6, "person"),
            new Span(8, 9, "person"),
            new Span(12, 14, "misc"),
            new Span(16, 17, "person"),
            new Span(17, 18, "organization")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(1, 3, "person"),
                    new Span(5, 7, "person"),
                    new Span(8, 9, "person"),
                    new Span(12, 14, "misc"),
                    new Span(16, 17, "person"),
                    new Span(17, 18, "organization")
                },
                DocumentNameTagger.withRegnalNumbers(sentences, names).get(0));
    }

    @Test
    void shouldTakeIAsARegnalNumberOnlyAfterAMonarchsTitle() {
        List<String[]> sentences = List.<String[]>of(tokens("Queen Elizabeth I was born , as Henry I said ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(1, 2, "person"), new Span(7, 8, "person")});

        assertArrayEquals(
                new Span[] {new Span(1, 3, "person"), new Span(7, 8, "person")},
                DocumentNameTagger.withRegnalNumbers(sentences, names).get(0));
    }

    @Test
    void shouldLeaveTitlesOutOfPersonsNamesButNotAOneWordNameOrAnOrganization() {
        List<String[]> sentences = List.<String[]>of(tokens(
                "Emperor Charles VI , PRINCE NASEEM , Lieutenant-Colonel Max Marriner , Judge , President Airlines ,"
                        + " Lord of the Rings"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(0, 3, "person"),
            new Span(4, 6, "person"),
            new Span(7, 10, "person"),
            new Span(11, 12, "person"),
            new Span(13, 15, "organization"),
            new Span(16, 20, "person")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(1, 3, "person"),
                    new Span(5, 6, "person"),
                    new Span(8, 10, "person"),
                    new Span(11, 12, "person"),
                    new Span(13, 15, "organization"),
                    new Span(16, 20, "person")
                },
                DocumentNameTagger.withoutTitles(sentences, names).get(0));
        // a councillor's and a detective's titles too
        List<String[]> council = List.<String[]>of(tokens("Cllr Martin Pearce and Det. Sgt. Ann Lee"));
        assertArrayEquals(
                new Span[] {new Span(1, 3, "person"), new Span(6, 8, "person")},
                DocumentNameTagger.withoutTitles(
                                council,
                                List.<Span[]>of(new Span[] {new Span(0, 3, "person"), new Span(4, 8, "person")}))
                        .get(0));
    }

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

        List<Span[]> fixed = DocumentNameTagger.withSurnamesAsPersons(sentences, isKnownPerson, names);

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

        List<Span[]> fixed = DocumentNameTagger.withKnownPersons(sentences, isOnlyAPerson, "Bosnian"::equals, names);

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

        List<Span[]> fixed = DocumentNameTagger.withShortOrganizationNames(sentences, "Palestinian"::equals, names);

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
    void shouldJoinTwoPersonsWithANicknameInQuotesBetweenThemButNotTwoTitles() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Roberto \" Hands of Stone \" Duran beat Hector \" Macho \" Camacho ."),
                tokens("films \" Ice Cold in Alex \" , \" Lawrence of Arabia \" ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {
                    new Span(0, 1, "person"),
                    new Span(4, 5, "misc"),
                    new Span(6, 7, "person"),
                    new Span(8, 9, "person"),
                    new Span(12, 13, "person")
                },
                new Span[] {new Span(5, 6, "person"), new Span(9, 10, "person")});

        List<Span[]> fixed = DocumentNameTagger.withNicknamesJoined(sentences, names);

        assertArrayEquals(new Span[] {new Span(0, 7, "person"), new Span(8, 13, "person")}, fixed.get(0));
        assertArrayEquals(names.get(1), fixed.get(1));
    }

    @Test
    void shouldMakeACapitalisedCompoundBeforeANameAMiscNameOfItsOwnAndDropALowerCaseOne() {
        List<String[]> sentences = List.<String[]>of(
                tokens("the deal will help Ontario-based Magna compete ."),
                tokens("St. Louis-based Mercantile Bancorp Inc. rose ."),
                tokens("Family-controlled Douglas & Lomason was sold ."),
                tokens("Brazilian-born Luis Oliveira scored ."),
                tokens("crowds of pro-independence Chechens sang ."),
                tokens("the U.S.-based group said ."),
                tokens("Coca-Cola Amatil said ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(4, 6, "person")},
                new Span[] {new Span(0, 5, "organization")},
                new Span[] {new Span(0, 4, "organization")},
                new Span[] {new Span(0, 3, "person")},
                new Span[] {new Span(2, 4, "misc")},
                new Span[] {new Span(1, 2, "location")},
                new Span[] {new Span(0, 2, "organization")});

        List<Span[]> fixed = DocumentNameTagger.withModifiersApart(sentences, "Brazilian"::equals, names);

        assertArrayEquals(new Span[] {new Span(4, 5, "misc"), new Span(5, 6, "person")}, fixed.get(0));
        assertArrayEquals(new Span[] {new Span(0, 2, "misc"), new Span(2, 5, "organization")}, fixed.get(1));
        assertArrayEquals(
                new Span[] {new Span(1, 4, "organization")},
                fixed.get(2),
                "at a sentence's start a compound of a common word is only left out");
        assertArrayEquals(new Span[] {new Span(0, 1, "misc"), new Span(1, 3, "person")}, fixed.get(3));
        assertArrayEquals(new Span[] {new Span(3, 4, "misc")}, fixed.get(4));
        assertArrayEquals(new Span[] {new Span(1, 2, "misc")}, fixed.get(5), "a compound that is the name is misc");
        assertArrayEquals(names.get(6), fixed.get(6), "a capital after the hyphen makes a name, not an adjective");
    }

    @Test
    void shouldMakeAnUntaggedCompoundOrPrefixedNameAMiscName() {
        List<String[]> sentences = List.<String[]>of(
                tokens("A London-based spokesman said the ex-England bowler left in mid-August ."),
                tokens("Tripoli-based diplomats and pro-democracy groups met PRO-SOCCER bosses ."));
        List<Span[]> names = List.<Span[]>of(new Span[0], new Span[0]);

        List<Span[]> fixed = DocumentNameTagger.withModifiersApart(sentences, name -> false, names);

        assertArrayEquals(new Span[] {new Span(1, 2, "misc"), new Span(5, 6, "misc")}, fixed.get(0));
        assertArrayEquals(new Span[0], fixed.get(1), "a sentence's first word, lower case and headlines are no names");
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

        List<Span[]> fixed = DocumentNameTagger.withHeadlineMentions(sentences, names);

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
                DocumentNameTagger.withPlacesApart(sentences, "UK"::equals, "Rotor Volgograd"::equals, names);

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
    void shouldSplitANameAtABracketItDoesNotCloseAndTakeABracketOpenedRightBeforeIt() {
        List<String[]> sentences = List.<String[]>of(
                tokens("The Bureau of Industry and Security ( BIS ) said Mladost ( BJ ) won ."),
                tokens("he was better than ( Tom ) Seaver ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(1, 8, "organization"), new Span(10, 14, "organization")},
                new Span[] {new Span(5, 8, "person")});

        List<Span[]> fixed = DocumentNameTagger.withBracketsBalanced(sentences, names);

        assertArrayEquals(
                new Span[] {
                    new Span(1, 6, "organization"), new Span(7, 8, "organization"), new Span(10, 14, "organization")
                },
                fixed.get(0));
        assertArrayEquals(new Span[] {new Span(4, 8, "person")}, fixed.get(1));
    }

    @Test
    void shouldOpenABodysNameWithTheNationalityBeforeItButNotAMinistersPortfolio() {
        List<String[]> sentences =
                List.<String[]>of(tokens("The Iraqi News Agency quoted the French Interior Ministry ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(1, 2, "misc"),
            new Span(2, 4, "organization"),
            new Span(6, 7, "misc"),
            new Span(7, 9, "organization")
        });

        List<Span[]> fixed = DocumentNameTagger.withNationalBodiesJoined(sentences, "Iraqi"::equals, names);

        assertArrayEquals(
                new Span[] {new Span(1, 4, "organization"), new Span(6, 7, "misc"), new Span(7, 9, "organization")},
                fixed.get(0));
    }

    @Test
    void shouldDropAMonthWithANumberBesideItButNotAPersonCalledJan() {
        List<String[]> sentences = List.<String[]>of(tokens("( Jun 26 ) Jan said Jan Ullrich won on 12 Jan ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(1, 2, "person"), new Span(4, 5, "person"), new Span(6, 8, "person"), new Span(11, 12, "person")
        });

        List<Span[]> fixed = DocumentNameTagger.withoutDates(sentences, names);

        assertArrayEquals(new Span[] {new Span(4, 5, "person"), new Span(6, 8, "person")}, fixed.get(0));
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

        List<Span[]> fixed = DocumentNameTagger.withMajorityTypes(sentences, names);

        assertEquals("organization", fixed.get(0)[2].getType());
        assertEquals("location", fixed.get(0)[6].getType(), "two in three is not enough");
    }

    @Test
    void shouldMakeALawOrAnAgreementMiscAndDropItsShortNameButNotAPersonCalledBill() {
        List<String[]> sentences =
                List.<String[]>of(tokens("the Hunting Act and the Lusaka Agreement : the Act , said Bill ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(1, 3, "organization"),
            new Span(5, 7, "location"),
            new Span(9, 10, "organization"),
            new Span(12, 13, "person")
        });

        List<Span[]> fixed = DocumentNameTagger.withHeadWordTypes(sentences, names);

        assertArrayEquals(
                new Span[] {new Span(1, 3, "misc"), new Span(5, 7, "misc"), new Span(12, 13, "person")}, fixed.get(0));
    }

    @Test
    void shouldMakeATitleInQuotesOneMiscNameWhereTheModelTaggedPartOfItOrNothing() {
        List<String[]> sentences = List.<String[]>of(
                tokens("films \" Ice Cold in Alex \" and \" Lawrence of Arabia \" ."),
                tokens("Thatcher , the \" Iron Lady \" , said \" Come On Britain , \" ."),
                tokens("he said \" Peace in Our Time is near \" ."),
                tokens("SOCCER - \" BIG CUP \" WIN ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(5, 6, "person"), new Span(9, 10, "person"), new Span(11, 12, "location")},
                new Span[] {new Span(0, 1, "person"), new Span(4, 6, "person")},
                new Span[] {new Span(3, 4, "misc")},
                new Span[] {new Span(3, 5, "misc")});

        List<Span[]> fixed = DocumentNameTagger.withQuotedTitles(sentences, names);

        assertArrayEquals(new Span[] {new Span(2, 6, "misc"), new Span(9, 12, "misc")}, fixed.get(0));
        assertArrayEquals(
                new Span[] {new Span(0, 1, "person"), new Span(4, 6, "person"), new Span(10, 13, "misc")},
                fixed.get(1),
                "a name tagged whole keeps its type; a comma before the closing quote is the sentence's");
        assertArrayEquals(names.get(2), fixed.get(2), "words in lower case make a quotation, not a title");
        assertArrayEquals(names.get(3), fixed.get(3), "in a headline every word is capitalised");
    }

    @Test
    void shouldLeaveATitleInQuotesAloneWhereANameReachesOutOfIt() {
        List<String[]> sentences = List.<String[]>of(tokens("Roberto \" Hands of Stone \" Duran won ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(0, 7, "person")});

        assertArrayEquals(
                names.get(0),
                DocumentNameTagger.withQuotedTitles(sentences, names).get(0));
    }

    @Test
    void shouldLeaveASentencesOpeningTheOrAnAndAnAgeOutOfANameButNotTheWordsAfterIt() {
        List<String[]> sentences = List.<String[]>of(
                tokens("The Party of Democratic Action won ."),
                tokens("The Thames rose ."),
                tokens("The said ."),
                tokens("An Aalborg Håndbold spokesperson said ."),
                tokens("He said Nineteen-year-old Lara Zimmermann won ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 5, "organization")},
                new Span[] {new Span(1, 2, "location")},
                new Span[] {new Span(0, 1, "misc")},
                new Span[] {new Span(0, 3, "organization")},
                new Span[] {new Span(2, 5, "person")});

        List<Span[]> fixed = DocumentNameTagger.withoutOpeningThe(sentences, names);

        assertArrayEquals(new Span[] {new Span(1, 5, "organization")}, fixed.get(0));
        assertArrayEquals(names.get(1), fixed.get(1));
        assertArrayEquals(names.get(2), fixed.get(2));
        assertArrayEquals(new Span[] {new Span(1, 3, "organization")}, fixed.get(3));
        assertArrayEquals(new Span[] {new Span(3, 5, "person")}, fixed.get(4));
    }

    @Test
    void shouldKeepTheTheOfAPlaceWhoseNameHoldsIt() {
        List<String[]> sentences = List.<String[]>of(
                tokens("The Hague ruled ."), tokens("The Hague ruled ."), tokens("The Hague Tribunal ruled ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 2, "location")},
                new Span[] {new Span(1, 2, "location")},
                new Span[] {new Span(0, 3, "organization")});

        List<Span[]> fixed = DocumentNameTagger.withoutOpeningThe(sentences, names);

        assertArrayEquals(names.get(0), fixed.get(0));
        assertArrayEquals(new Span[] {new Span(0, 2, "location")}, fixed.get(1), "the model's \"Hague\" takes its The");
        assertArrayEquals(new Span[] {new Span(1, 3, "organization")}, fixed.get(2));
    }

    @Test
    void shouldGiveANewspaperTheTheWrittenBeforeIt() {
        List<String[]> sentences = List.<String[]>of(
                tokens("The Washington Post and The Statesman said so ."), tokens("The Smith family said so ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(1, 3, "organization"), new Span(5, 6, "misc")},
                new Span[] {new Span(1, 2, "person")});

        List<Span[]> fixed = DocumentNameTagger.withNewspapersTheirThe(sentences, names);

        assertArrayEquals(new Span[] {new Span(0, 3, "organization"), new Span(4, 6, "organization")}, fixed.get(0));
        assertArrayEquals(names.get(1), fixed.get(1));
    }

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

        List<Span[]> fixed = DocumentNameTagger.withTeamsNamedAfterPlaces(
                sentences, "Wales"::equals, name -> false, name -> false, names);

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

        List<Span[]> fixed = DocumentNameTagger.withTeamsNamedAfterPlaces(
                sentences, name -> false, name -> false, "Texas"::equals, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "organization"), new Span(2, 4, "person")}, fixed.get(0));
        assertArrayEquals(names.get(1), fixed.get(1), "CoNLL names American teams by their state as places");
        assertArrayEquals(new Span[] {new Span(0, 1, "organization")}, fixed.get(2), "and so everywhere");
    }

    @Test
    void shouldLeaveAPlaceThatBeatsAnotherOutsideAMatchReport() {
        List<String[]> sentences = List.<String[]>of(tokens("Paris beat London to host the games ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(0, 1, "location"), new Span(2, 3, "location")});

        assertArrayEquals(
                names.get(0),
                DocumentNameTagger.withTeamsNamedAfterPlaces(
                                sentences, name -> false, name -> false, name -> false, names)
                        .get(0));
    }

    @Test
    void shouldGiveANameTheLegalFormAfterItAndMakeItAnOrganization() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Spanish steelmaker Acerías del Cantábrico SA agreed ."), tokens("Kildare Co Council met ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 1, "misc"), new Span(2, 5, "person")}, new Span[] {new Span(0, 1, "location")});

        List<Span[]> fixed = DocumentNameTagger.withLegalFormsJoined(sentences, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "misc"), new Span(2, 6, "organization")}, fixed.get(0));
        assertArrayEquals(names.get(1), fixed.get(1), "'Co' is a county too");
    }

    @Test
    void shouldMakeAVolcanoOrAMountainAPlaceAndAnArmyAnOrganization() {
        List<String[]> sentences =
                List.<String[]>of(tokens("Volcán de Fuego erupted as the Nepal Army flew to Mount Everest ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 3, "organization"), new Span(6, 8, "location"), new Span(10, 12, "organization")
                });

        assertArrayEquals(
                new Span[] {new Span(0, 3, "location"), new Span(6, 8, "organization"), new Span(10, 12, "location")},
                DocumentNameTagger.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeANameThatEndsInAnOrganizationsHeadWordAnOrganization() {
        List<String[]> sentences = List.<String[]>of(tokens("Sofia Marchetti of Kessel Bank and the West Bank ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 2, "person"), new Span(3, 5, "location"), new Span(7, 9, "location")});

        List<Span[]> fixed = DocumentNameTagger.withHeadWordTypes(sentences, names);

        assertArrayEquals(
                new Span[] {new Span(0, 2, "person"), new Span(3, 5, "organization"), new Span(7, 9, "location")},
                fixed.get(0));
    }

    @Test
    void shouldMakeANameThatOpensWithTheKindOfCompanyAnOrganization() {
        List<String[]> sentences = List.<String[]>of(tokens("Grupo Ribeiro and Banco Santander met Grupo ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 2, "person"), new Span(3, 5, "location"), new Span(6, 7, "person")});

        assertArrayEquals(
                new Span[] {new Span(0, 2, "organization"), new Span(3, 5, "organization"), new Span(6, 7, "person")},
                DocumentNameTagger.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeAMiscNameThatEndsInAPlacesHeadWordALocationButNotAPersonOrAnOrganization() {
        List<String[]> sentences =
                List.<String[]>of(tokens("Ford County , Andrew Park and Notts County , Davis Islands ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(0, 2, "misc"), new Span(3, 5, "person"), new Span(6, 8, "organization"), new Span(9, 11, "person")
        });

        // a plural no surname ends with makes a person's name a place's
        assertArrayEquals(
                new Span[] {
                    new Span(0, 2, "location"),
                    new Span(3, 5, "person"),
                    new Span(6, 8, "organization"),
                    new Span(9, 11, "location")
                },
                DocumentNameTagger.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeANameThatEndsInALineOfBusinessAnOrganization() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Workers at Brightway Logistics and Helvion Biotherapeutics joined Bayanihan Relief Network ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(2, 4, "person"), new Span(5, 7, "location"), new Span(8, 11, "misc")});

        assertArrayEquals(
                new Span[] {
                    new Span(2, 4, "organization"), new Span(5, 7, "organization"), new Span(8, 11, "organization")
                },
                DocumentNameTagger.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeTwoNamesJoinedByAnAmpersandAFirm() {
        List<String[]> sentences = List.<String[]>of(tokens("Hartley & Finch audited Brightwater ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(0, 3, "person"), new Span(4, 5, "location")});

        assertArrayEquals(
                new Span[] {new Span(0, 3, "organization"), new Span(4, 5, "location")},
                DocumentNameTagger.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeAStormsNameMiscWithoutTheWordBeforeIt() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Hurricane Delphine hit as Typhoon Haiyan did , the National Hurricane Center said ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 2, "person"), new Span(5, 6, "person"), new Span(9, 12, "organization")});

        assertArrayEquals(
                new Span[] {new Span(1, 2, "misc"), new Span(5, 6, "misc"), new Span(9, 12, "organization")},
                DocumentNameTagger.withStormNames(sentences, names).get(0));
    }

    @Test
    void shouldMakeAClubAnOrganizationAndAStadiumALocation() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Westbridge Rovers beat Leyton Orient at Quayside Stadium near Notts County , Friends of the"
                        + " Valley and Bright Valley ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(0, 2, "location"),
            new Span(3, 5, "organization"),
            new Span(6, 8, "organization"),
            new Span(9, 11, "organization"),
            new Span(12, 16, "organization"),
            new Span(17, 19, "organization")
        });

        // a county is a club's name too, and a name with "of the" inside is not the place it ends with
        assertArrayEquals(
                new Span[] {
                    new Span(0, 2, "organization"),
                    new Span(3, 5, "organization"),
                    new Span(6, 8, "location"),
                    new Span(9, 11, "organization"),
                    new Span(12, 16, "organization"),
                    new Span(17, 19, "location")
                },
                DocumentNameTagger.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeAMiscNameBeforeAPlaceWordALocationUnlessItIsANationality() {
        List<String[]> sentences = List.<String[]>of(
                tokens("the Guaiba river rose in the Taquari valley near the Greek lake and the Arctic island ."),
                tokens("a Siberian river"));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {
                    new Span(1, 2, "misc"), new Span(6, 7, "person"), new Span(10, 11, "misc"), new Span(14, 15, "misc")
                },
                new Span[] {new Span(1, 2, "misc")});

        List<Span[]> typed = DocumentNameTagger.withPlaceWordsAfter(sentences, "Greek"::equals, names);

        assertArrayEquals(
                new Span[] {
                    new Span(1, 2, "location"),
                    new Span(6, 7, "person"),
                    new Span(10, 11, "misc"),
                    new Span(14, 15, "misc")
                },
                typed.get(0));
        // an adjective the nationalities miss
        assertArrayEquals(names.get(1), typed.get(1));
    }

    @Test
    void shouldJoinAStadiumNamedAfterSomeoneIntoOnePlace() {
        List<String[]> sentences = List.<String[]>of(
                tokens("at the Stadio Diego Armando Maradona ."),
                tokens("at the Estadio de la Cerámica and Diego Maradona ."),
                tokens("Napoli , Diego Maradona"),
                tokens("Stade Francais beat Toulouse"),
                tokens("at the Stadio Olimpico Lazio beat Roma"));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(2, 4, "organization"), new Span(4, 6, "person")},
                new Span[] {new Span(2, 6, "organization"), new Span(7, 9, "person")},
                new Span[] {new Span(0, 1, "organization"), new Span(2, 4, "person")},
                new Span[] {new Span(0, 2, "organization"), new Span(3, 4, "location")},
                new Span[] {new Span(2, 4, "location"), new Span(4, 5, "organization"), new Span(6, 7, "organization")
                });

        List<Span[]> joined = DocumentNameTagger.withVenuesJoined(sentences, names);

        assertArrayEquals(new Span[] {new Span(2, 6, "location")}, joined.get(0));
        // a name that is not right after the stadium's stays apart
        assertArrayEquals(new Span[] {new Span(2, 6, "location"), new Span(7, 9, "person")}, joined.get(1));
        assertArrayEquals(names.get(2), joined.get(2));
        // "Stade" opens French clubs' names too
        assertArrayEquals(names.get(3), joined.get(3));
        // only the person it is named after joins, not a club right after it
        assertArrayEquals(names.get(4), joined.get(4));
    }

    @Test
    void shouldDropAPortfolioBeforeMinisterButNotAParty() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Health Minister Alexandru Rafila met Labour Minister Jones and the Health ministry ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(0, 1, "organization"),
            new Span(2, 4, "person"),
            new Span(5, 6, "organization"),
            new Span(7, 8, "person"),
            new Span(10, 11, "organization")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(2, 4, "person"),
                    new Span(5, 6, "organization"),
                    new Span(7, 8, "person"),
                    new Span(10, 11, "organization")
                },
                DocumentNameTagger.withoutPortfolios(sentences, names).get(0));
    }

    @Test
    void shouldGiveTheOneOddNameInAListTheTypeOfTheOthers() {
        List<String[]> sentences = List.<String[]>of(
                tokens("chips used by Microsoft , Meta and Amazon ."),
                tokens("to Scotland , Wales , and Northern Ireland ."),
                tokens("rivals including Lufthansa , British Airways and Spain 's Iberia ."),
                tokens("flights to London , Paris and Lufthansa ."),
                tokens("Microsoft , Meta , Amazon"),
                tokens("Apple and France"),
                tokens("Microsoft , Obama , Meta and London"),
                tokens("Microsoft and Meta and Amazon"),
                tokens("Paris hosted Arsenal and Chelsea"),
                tokens("sanctions on Gazprom , Rosneft and Russia"));
        List<Span[]> names = List.<Span[]>of(
                spans(3, "organization", 5, "organization", 7, "location"),
                new Span[] {new Span(1, 2, "location"), new Span(3, 4, "location"), new Span(6, 8, "person")},
                new Span[] {
                    new Span(2, 3, "organization"),
                    new Span(4, 6, "organization"),
                    new Span(7, 8, "location"),
                    new Span(9, 10, "organization")
                },
                spans(2, "location", 4, "location", 6, "organization"),
                spans(0, "organization", 2, "organization", 4, "location"),
                spans(0, "organization", 2, "location"),
                new Span[] {
                    new Span(0, 1, "organization"),
                    new Span(2, 3, "person"),
                    new Span(4, 5, "organization"),
                    new Span(6, 7, "location")
                },
                spans(0, "organization", 2, "organization", 4, "location"),
                spans(0, "location", 2, "organization", 4, "organization"),
                spans(2, "organization", 4, "organization", 6, "location"));

        List<Span[]> fixed = DocumentNameTagger.withListTypes(sentences, "Russia"::equals, names);

        assertEquals("organization", fixed.get(0)[2].getType());
        assertEquals("location", fixed.get(1)[2].getType());
        // a possessor ends the list before it: Spain stays a place
        assertArrayEquals(names.get(2), fixed.get(2));
        // one organization among places stays an organization (on eng.testa, retyping it cost a name)
        assertArrayEquals(names.get(3), fixed.get(3));
        // not lists: commas alone (a table, a headline), two names, "and" between every two, a verb between two
        assertArrayEquals(names.get(4), fixed.get(4));
        assertArrayEquals(names.get(5), fixed.get(5));
        assertArrayEquals(names.get(7), fixed.get(7));
        assertArrayEquals(names.get(8), fixed.get(8));
        // a country stays a place, even among companies
        assertArrayEquals(names.get(9), fixed.get(9));
        // a list of three types has no one odd name
        assertArrayEquals(names.get(6), fixed.get(6));
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

        List<Span[]> fixed = DocumentNameTagger.withRosterNames(sentences, "France"::equals, names);

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

        List<Span[]> fixed = DocumentNameTagger.withPressDigestMastheads(digest, "IRAQ"::equals, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "organization")}, fixed.get(1));
        assertArrayEquals(new Span[] {new Span(0, 2, "organization")}, fixed.get(3));
        for (int s : new int[] {0, 2, 4, 5, 6}) {
            assertArrayEquals(names.get(s), fixed.get(s));
        }
        // the same lines in a story that is no press digest are left as they were
        List<String[]> story = List.of(tokens("Hariri wins"), tokens("THE ISLAND"));
        List<Span[]> storyNames = List.of(new Span[] {new Span(0, 1, "person")}, new Span[0]);
        assertSame(storyNames, DocumentNameTagger.withPressDigestMastheads(story, "IRAQ"::equals, storyNames));
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

        List<Span[]> fixedClubs = DocumentNameTagger.withStandingsRowNames(clubs, isCountry, clubNames);
        List<Span[]> fixedCountries = DocumentNameTagger.withStandingsRowNames(countries, isCountry, countryNames);

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

        List<Span[]> fixed = DocumentNameTagger.withTableRowNames(table, names);

        assertArrayEquals(new Span[] {new Span(0, 2, "organization")}, fixed.get(0));
        assertArrayEquals(new Span[] {new Span(0, 2, "organization")}, fixed.get(1));
        // signed changes (a market index by its city), a weekday, a name not in capitals, no decimal point
        for (int s = 2; s < table.size(); s++) {
            assertArrayEquals(names.get(s), fixed.get(s));
        }
    }

    @Test
    void shouldMakeWhereSomethingIsBasedAPlace() {
        List<String[]> sentences = List.of(
                tokens("owned by Calder Brands Group , a Leeds - based food manufacturer"),
                tokens("a Linux - based phone"),
                tokens("the Google - based app"),
                tokens("Sam Smith - based"));
        List<Span[]> names = List.of(
                new Span[] {new Span(2, 5, "organization"), new Span(7, 8, "organization")},
                new Span[] {new Span(1, 2, "organization")},
                new Span[] {new Span(1, 2, "organization")},
                new Span[] {new Span(0, 2, "person")});

        List<Span[]> fixed = DocumentNameTagger.withBasesAsPlaces(sentences, name -> !name.equals("Google"), names);

        assertArrayEquals(new Span[] {new Span(2, 5, "organization"), new Span(7, 8, "location")}, fixed.get(0));
        // a platform, a name the gazetteers know as no place, a person: as they were
        for (int s = 1; s < sentences.size(); s++) {
            assertArrayEquals(names.get(s), fixed.get(s));
        }
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

        List<Span[]> fixed = DocumentNameTagger.withSplitNamesJoined(sentences, names);

        assertArrayEquals(new Span[] {new Span(1, 3, "organization"), new Span(5, 7, "person")}, fixed.get(1));
        // two names with "and" between them stay two; a name reaching past the known one is left alone
        assertArrayEquals(names.get(2), fixed.get(2));
        assertArrayEquals(names.get(4), fixed.get(4));
    }

    @Test
    void shouldSplitANameAtAMemberOfParliamentsTitle() {
        List<String[]> sentences = List.<String[]>of(
                tokens("said Tory MP Boris Johnson and Labour MPs and the MP for Grantham ; MSP Karen Whitefield"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(1, 5, "organization"),
            new Span(6, 8, "organization"),
            new Span(10, 13, "organization"),
            new Span(14, 17, "organization")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(1, 2, "organization"),
                    new Span(3, 5, "person"),
                    new Span(6, 7, "organization"),
                    new Span(12, 13, "location"),
                    new Span(15, 17, "person")
                },
                DocumentNameTagger.withMembersOfParliamentApart(sentences, names)
                        .get(0));
    }

    @Test
    void shouldSplitAPlaceFromItsStatesPostalCode() {
        List<String[]> sentences = List.<String[]>of(tokens("Havre MT 43 , Washington DC , PAKISTAN IN"));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 2, "location"), new Span(4, 6, "location"), new Span(7, 9, "location")});

        assertArrayEquals(
                new Span[] {
                    new Span(0, 1, "location"),
                    new Span(1, 2, "location"),
                    new Span(4, 6, "location"),
                    new Span(7, 9, "location")
                },
                DocumentNameTagger.withStateCodesApart(sentences, names).get(0));
    }

    @Test
    void shouldGiveABroadcasterItsStationsNumber() {
        List<String[]> sentences =
                List.<String[]>of(tokens("BBC Radio 4 's Today , Channel 4 , Channel 4-5 and News 24"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(0, 2, "organization"),
            new Span(6, 7, "organization"),
            new Span(9, 10, "organization"),
            new Span(12, 13, "organization")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(0, 3, "organization"),
                    new Span(6, 8, "organization"),
                    new Span(9, 10, "organization"),
                    new Span(12, 14, "organization")
                },
                DocumentNameTagger.withChannelNumbers(sentences, names).get(0));
    }

    @Test
    void shouldMakeEventsAndAwardsMisc() {
        List<String[]> sentences = List.<String[]>of(
                tokens("at the Venice Film Festival , an Oscar nomination , Oscar Wilde , the Festival Association"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(2, 5, "organization"),
            new Span(7, 8, "person"),
            new Span(10, 12, "person"),
            new Span(14, 16, "organization")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(2, 5, "misc"),
                    new Span(7, 8, "misc"),
                    new Span(10, 12, "person"),
                    new Span(14, 16, "organization")
                },
                DocumentNameTagger.withEventTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeATitleAfterTheWordForItsKindOfWorkMisc() {
        List<String[]> sentences = List.of(
                tokens("the film Million Dollar Baby and the film Saving Private Ryan"),
                tokens("her new single Toxic and the novel Cloud Atlas ."),
                tokens("a single European market and the film 's star"),
                tokens("the TV series Lost , the series England won , her biography My Turn"));
        List<Span[]> names = List.of(
                new Span[] {new Span(2, 5, "organization"), new Span(10, 11, "person")},
                new Span[0],
                new Span[] {new Span(2, 3, "misc")},
                new Span[] {new Span(7, 8, "location")});

        List<Span[]> fixed = DocumentNameTagger.withWorksAfterTheirKind(sentences, names);

        assertArrayEquals(new Span[] {new Span(2, 5, "misc"), new Span(8, 11, "misc")}, fixed.get(0));
        assertArrayEquals(new Span[] {new Span(3, 4, "misc"), new Span(7, 9, "misc")}, fixed.get(1));
        // "single" as an adjective, a possessive after the kind: no title
        assertArrayEquals(names.get(2), fixed.get(2));
        // a series after a medium is a work, a series of matches is not
        assertArrayEquals(
                new Span[] {new Span(3, 4, "misc"), new Span(7, 8, "location"), new Span(12, 14, "misc")},
                fixed.get(3));
    }

    @Test
    void shouldMakeANameAfterTheWordForItsKindOfBodyAnOrganization() {
        List<String[]> sentences =
                List.<String[]>of(tokens("the band Snow Patrol , national carrier EgyptAir , the group Britain leads ,"
                        + " said broker Shakil Rizvi"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(2, 4, "person"),
            new Span(7, 8, "location"),
            new Span(11, 12, "location"),
            new Span(16, 18, "person")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(2, 4, "organization"),
                    new Span(7, 8, "organization"),
                    new Span(11, 12, "location"),
                    new Span(16, 18, "person")
                },
                DocumentNameTagger.withBodiesAfterTheirKind(sentences, "Britain"::equals, names)
                        .get(0));
    }

    @Test
    void shouldTakeTheUntaggedWordsAfterABandOrANewspaperForItsName() {
        List<String[]> sentences = List.<String[]>of(tokens("the band U2 , the band The Libertines , the band said"));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(7, 8, "person")});

        assertArrayEquals(
                new Span[] {new Span(2, 3, "organization"), new Span(6, 8, "organization")},
                DocumentNameTagger.withBodiesAfterTheirKind(sentences, name -> false, names)
                        .get(0));
    }

    @Test
    void shouldLeaveAWordThatOpensTheSentenceOutOfTheNameAfterIt() {
        List<String[]> sentences = List.<String[]>of(tokens(
                "Former Downing Street , Veteran Labour , Former Yugoslavia , So Solid Crew , Meanwhile Labour"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(0, 3, "organization"),
            new Span(4, 6, "organization"),
            new Span(7, 9, "location"),
            new Span(10, 13, "organization"),
            new Span(14, 16, "organization")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(1, 3, "organization"),
                    new Span(5, 6, "organization"),
                    new Span(7, 9, "location"),
                    new Span(10, 13, "organization"),
                    new Span(15, 16, "organization")
                },
                DocumentNameTagger.withoutOpeningWords(sentences, names).get(0));
    }

    @Test
    void shouldMakeANameBeforeTheWordForAMediumANewspaperOrBroadcaster() {
        List<String[]> sentences = List.<String[]>of(
                tokens(
                        "the Guardian newspaper , Interfax news agency , the Yugoslav news agency , the Maputo daily , PUK-run radio"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(1, 2, "location"),
            new Span(4, 5, "person"),
            new Span(9, 10, "misc"),
            new Span(14, 15, "location"),
            new Span(17, 18, "misc")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(1, 2, "organization"),
                    new Span(4, 5, "organization"),
                    new Span(9, 10, "misc"),
                    new Span(14, 15, "location"),
                    new Span(17, 18, "misc")
                },
                DocumentNameTagger.withMediaNames(sentences, name -> false, "Maputo"::equals, names)
                        .get(0));
    }

    @Test
    void shouldMakeAParliamentsChamberAnOrganization() {
        List<String[]> sentences = List.<String[]>of(tokens("the Commons voted , Congress agreed , Parliament met"));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(1, 2, "location"), new Span(4, 5, "misc"), new Span(7, 8, "location")});

        assertArrayEquals(
                new Span[] {new Span(1, 2, "organization"), new Span(4, 5, "organization"), new Span(7, 8, "location")},
                DocumentNameTagger.withChambersAsBodies(sentences, names).get(0));
    }

    @Test
    void shouldSplitANameAtTheWordForAKindOfWorkOrBody() {
        List<String[]> sentences =
                List.<String[]>of(tokens("ITV soap Coronation Street and US magazine Mobile PC and the film"));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(0, 4, "organization"), new Span(5, 9, "person")});

        assertArrayEquals(
                new Span[] {
                    new Span(0, 1, "organization"),
                    new Span(2, 4, "misc"),
                    new Span(5, 6, "person"),
                    new Span(7, 9, "organization")
                },
                DocumentNameTagger.withKindsApart(sentences, names).get(0));
    }

    @Test
    void shouldMakeANameAfterVillageOfOrTheCapitalAPlaceEverywhereInTheDocument() {
        List<String[]> sentences = List.of(
                tokens("NATO watched the village of Mahala ."),
                tokens("Mahala is quiet , in the Chechen capital Grozny ."),
                tokens("the state of British music and the state of Parmalat 's finances"));
        List<Span[]> names = List.of(
                new Span[] {new Span(0, 1, "organization"), new Span(5, 6, "person")},
                new Span[] {new Span(0, 1, "person"), new Span(6, 7, "misc"), new Span(8, 9, "person")},
                new Span[] {new Span(3, 4, "misc"), new Span(8, 9, "organization")});

        List<Span[]> fixed = DocumentNameTagger.withPlacesAfterTheirKind(sentences, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "organization"), new Span(5, 6, "location")}, fixed.get(0));
        assertArrayEquals(
                new Span[] {new Span(0, 1, "location"), new Span(6, 7, "misc"), new Span(8, 9, "location")},
                fixed.get(1));
        assertArrayEquals(names.get(2), fixed.get(2));
    }

    @Test
    void shouldMakeTheNameOfAMarketIndexMisc() {
        List<String[]> sentences = List.<String[]>of(
                tokens("the 30-share DAX index , the American Stock Exchange index , the Paris index , Nikkei fell"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(2, 3, "organization"),
            new Span(6, 9, "organization"),
            new Span(12, 13, "location"),
            new Span(15, 16, "organization")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(2, 3, "misc"),
                    new Span(6, 9, "organization"),
                    new Span(12, 13, "location"),
                    new Span(15, 16, "organization")
                },
                DocumentNameTagger.withMarketIndices(sentences, names).get(0));
    }

    /** One-token names at the given positions, with their types. */
    private static Span[] spans(Object... startsAndTypes) {
        Span[] spans = new Span[startsAndTypes.length / 2];
        for (int i = 0; i < spans.length; i++) {
            int start = (Integer) startsAndTypes[2 * i];
            spans[i] = new Span(start, start + 1, (String) startsAndTypes[2 * i + 1]);
        }
        return spans;
    }

    @Test
    void shouldJoinTwoNamesOfOneTypeAcrossAPluralsApostrophe() {
        List<String[]> sentences = List.<String[]>of(
                tokens("at St James ' Park , the United States ' NATO allies , the Philippines ' Manila"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(1, 3, "location"),
            new Span(4, 5, "location"),
            new Span(7, 9, "location"),
            new Span(10, 11, "organization"),
            new Span(14, 15, "location"),
            new Span(16, 17, "location")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(1, 5, "location"),
                    new Span(7, 9, "location"),
                    new Span(10, 11, "organization"),
                    new Span(14, 15, "location"),
                    new Span(16, 17, "location")
                },
                DocumentNameTagger.withPossessivesJoined(sentences, names).get(0));
    }

    @Test
    void shouldLeaveAOneWordNameAloneEvenIfItIsAHeadWord() {
        List<String[]> sentences = List.<String[]>of(tokens("Bank said so ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(0, 1, "person")});

        assertArrayEquals(
                names.get(0),
                DocumentNameTagger.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldTagARepeatedMentionAsItWasTaggedMostOften() {
        List<String[]> sentences = List.of(
                tokens("Acme Labs hired Ann Lee ."), tokens("Acme Labs said ."), tokens("and then Acme Labs grew ."));
        List<Span[]> names = List.of(
                new Span[] {new Span(0, 2, "organization"), new Span(3, 5, "person")},
                new Span[] {new Span(0, 2, "organization")},
                new Span[0]);

        List<Span[]> found = DocumentNameTagger.withRepeatedMentions(sentences, names);

        assertArrayEquals(new Span[] {new Span(2, 4, "organization")}, found.get(2));
    }

    @Test
    void shouldNotTagARepeatedMentionGluedToAnotherCapitalisedWord() {
        List<String[]> sentences = List.of(tokens("Acme Labs said ."), tokens("Later Acme Labs grew ."));
        List<Span[]> names = List.of(new Span[] {new Span(0, 2, "organization")}, new Span[0]);

        assertArrayEquals(
                new Span[0],
                DocumentNameTagger.withRepeatedMentions(sentences, names).get(1));
    }

    @Test
    void shouldJoinTwoOneWordNamesAcrossAnAmpersandIntoAFirmButNotTwoPlaces() {
        List<String[]> sentences = List.<String[]>of(tokens("consultancy Alvarez & Marsal and Serbia & Montenegro"));
        List<Span[]> names = List.<Span[]>of(spans(1, "person", 3, "person", 5, "location", 7, "location"));

        assertArrayEquals(
                new Span[] {new Span(1, 4, "organization"), names.get(0)[2], names.get(0)[3]},
                DocumentNameTagger.withAmpersandsJoined(sentences, names).get(0));
    }

    @Test
    void shouldMakeAMinistryOfSomethingOneOrganizationWhateverTheModelFoundInside() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Greece 's Ministry of Climate Crisis and Civil Protection said , and the Office of the United "
                        + "States Trade Representative and the Ministry of defence"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(0, 1, "location"),
            new Span(4, 6, "organization"),
            new Span(7, 9, "organization"),
            new Span(16, 18, "location")
        });

        // "the Ministry of defence": no capitalised word, no name
        assertArrayEquals(
                new Span[] {new Span(0, 1, "location"), new Span(2, 9, "organization"), new Span(13, 20, "organization")
                },
                DocumentNameTagger.withBodiesOfSomething(sentences, names).get(0));
    }

    @Test
    void shouldShowTheModelAnEnlargedGroupByItsOwnName() {
        String[] tokens = tokens("OPEC+ agreed with C++ and A+");

        assertArrayEquals(tokens("OPEC agreed with C+ and A+"), DocumentNameTagger.withoutPlusSigns(tokens));
    }

    @Test
    void shouldOpenAnOrganizationsNameWithWomensButNotAPersonsName() {
        List<String[]> sentences =
                List.<String[]>of(tokens("The Women 's Tennis Association and Men 's Roger Federer"));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(3, 5, "organization"), new Span(8, 10, "person")});

        assertArrayEquals(
                new Span[] {new Span(1, 5, "organization"), new Span(8, 10, "person")},
                DocumentNameTagger.withPeopleOpening(sentences, names).get(0));
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
                DocumentNameTagger.withConjoinedOrganizationsSplit(sentences, known::contains, names)
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

        List<Span[]> fixed = DocumentNameTagger.withConjoinedOrganizationsSplit(sentences, name -> false, names);

        assertArrayEquals(new Span[] {new Span(0, 2, "organization"), new Span(3, 4, "person")}, fixed.get(0));
        assertArrayEquals(names.get(3), fixed.get(3));
    }

    @Test
    void shouldMakeABayOfSomewhereOnePlaceWithoutWhatFollowsItsName() {
        List<String[]> sentences = List.<String[]>of(
                tokens("in the Bay of Bengal , the Isle of Man TT and the Gulf of Mexico and Angola"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(2, 3, "location"),
            new Span(4, 5, "location"),
            new Span(7, 10, "location"),
            new Span(10, 11, "misc"),
            new Span(13, 15, "location"),
            new Span(15, 16, "location"),
            new Span(17, 18, "location")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(2, 5, "location"),
                    new Span(7, 10, "location"),
                    new Span(10, 11, "misc"),
                    new Span(13, 16, "location"),
                    new Span(17, 18, "location")
                },
                DocumentNameTagger.withBodiesOfSomething(sentences, names).get(0));
    }

    @Test
    void shouldTagAPersonsSurnameAloneButNotOneTheDocumentUsesAsAWord() {
        List<String[]> sentences = List.of(
                tokens("Rachel Donnelly and Theresa May ran ."),
                tokens("Donnelly , 32 , lowered her best ."),
                tokens("May said it may rain in May ."));
        List<Span[]> names =
                List.of(new Span[] {new Span(0, 2, "person"), new Span(3, 5, "person")}, new Span[0], new Span[0]);

        List<Span[]> found = DocumentNameTagger.withRepeatedMentions(sentences, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "person")}, found.get(1));
        assertArrayEquals(new Span[0], found.get(2));
    }

    @Test
    void shouldJoinAPlaceAndTheEventNamedAfterItButNotAPlaceAndAnotherMiscName() {
        List<String[]> sentences = List.<String[]>of(
                tokens("won the Melbourne Cup , the Singapore Grand Prix and Kenya Airways ' Boeing"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(2, 3, "location"),
            new Span(3, 4, "misc"),
            new Span(6, 7, "location"),
            new Span(7, 9, "misc"),
            new Span(10, 11, "location"),
            new Span(11, 12, "misc")
        });

        assertArrayEquals(
                new Span[] {
                    new Span(2, 4, "misc"),
                    new Span(6, 9, "misc"),
                    new Span(10, 11, "location"),
                    new Span(11, 12, "misc")
                },
                DocumentNameTagger.withEventsJoined(sentences, names).get(0));
    }

    @Test
    void shouldOpenABodyForSomethingWithTheAcronymBeforeItButLeaveTheModelsLongerName() {
        List<String[]> sentences = List.<String[]>of(
                tokens(
                        "the UN Office for the Coordination of Humanitarian Affairs and the Mines and Energy Ministry for Bre-X"));
        List<Span[]> names = List.<Span[]>of(new Span[] {
            new Span(1, 3, "organization"),
            new Span(5, 9, "organization"),
            new Span(11, 15, "organization"),
            new Span(16, 17, "organization")
        });

        assertArrayEquals(
                new Span[] {new Span(1, 9, "organization"), names.get(0)[2], names.get(0)[3]},
                DocumentNameTagger.withBodiesOfSomething(sentences, names).get(0));
    }

    @Test
    void shouldEndNoNameWithASmallWord() {
        List<String[]> sentences = List.<String[]>of(tokens("the Department of Justice and the SEC"));
        List<Span[]> names =
                List.<Span[]>of(new Span[] {new Span(1, 5, "organization"), new Span(6, 7, "organization")});

        assertArrayEquals(
                new Span[] {new Span(1, 4, "organization"), new Span(6, 7, "organization")},
                DocumentNameTagger.withoutEdgePunctuation(sentences, names).get(0));
    }

    @Test
    void shouldGiveAPersonTheFamilyNameWrittenWithItsParticleInLowerCase() {
        List<String[]> sentences = List.of(
                tokens("Ahmed al-Rashid , WFP 's director , spoke ."), tokens("Asked again , al-Rashid said no ."));
        List<Span[]> names =
                List.of(new Span[] {new Span(0, 1, "person"), new Span(3, 4, "organization")}, new Span[0]);

        List<Span[]> joined = DocumentNameTagger.withArabicFamilyNames(sentences, names);
        List<Span[]> found = DocumentNameTagger.withRepeatedMentions(sentences, joined);

        assertArrayEquals(new Span[] {new Span(0, 2, "person"), new Span(3, 4, "organization")}, found.get(0));
        assertArrayEquals(new Span[] {new Span(3, 4, "person")}, found.get(1));
    }
}
