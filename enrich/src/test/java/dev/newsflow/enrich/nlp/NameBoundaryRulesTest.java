package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameRuleFixtures.spans;
import static dev.newsflow.enrich.nlp.NameRuleFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Where the name rules start and end a name. */
class NameBoundaryRulesTest {

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
                NameBoundaryRules.withoutEdgePunctuation(sentences, names).get(0));
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
                NameBoundaryRules.withRegnalNumbers(sentences, names).get(0));
    }

    @Test
    void shouldTakeIAsARegnalNumberOnlyAfterAMonarchsTitle() {
        List<String[]> sentences = List.<String[]>of(tokens("Queen Elizabeth I was born , as Henry I said ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(1, 2, "person"), new Span(7, 8, "person")});

        assertArrayEquals(
                new Span[] {new Span(1, 3, "person"), new Span(7, 8, "person")},
                NameBoundaryRules.withRegnalNumbers(sentences, names).get(0));
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
                NameBoundaryRules.withoutTitles(sentences, names).get(0));
        // a councillor's and a detective's titles too
        List<String[]> council = List.<String[]>of(tokens("Cllr Martin Pearce and Det. Sgt. Ann Lee"));
        assertArrayEquals(
                new Span[] {new Span(1, 3, "person"), new Span(6, 8, "person")},
                NameBoundaryRules.withoutTitles(
                                council,
                                List.<Span[]>of(new Span[] {new Span(0, 3, "person"), new Span(4, 8, "person")}))
                        .get(0));
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

        List<Span[]> fixed = NameBoundaryRules.withNicknamesJoined(sentences, names);

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

        List<Span[]> fixed = NameBoundaryRules.withModifiersApart(sentences, "Brazilian"::equals, names);

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

        List<Span[]> fixed = NameBoundaryRules.withModifiersApart(sentences, name -> false, names);

        assertArrayEquals(new Span[] {new Span(1, 2, "misc"), new Span(5, 6, "misc")}, fixed.get(0));
        assertArrayEquals(new Span[0], fixed.get(1), "a sentence's first word, lower case and headlines are no names");
    }

    @Test
    void shouldSplitANameAtABracketItDoesNotCloseAndTakeABracketOpenedRightBeforeIt() {
        List<String[]> sentences = List.<String[]>of(
                tokens("The Bureau of Industry and Security ( BIS ) said Mladost ( BJ ) won ."),
                tokens("he was better than ( Tom ) Seaver ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(1, 8, "organization"), new Span(10, 14, "organization")},
                new Span[] {new Span(5, 8, "person")});

        List<Span[]> fixed = NameBoundaryRules.withBracketsBalanced(sentences, names);

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

        List<Span[]> fixed = NameBoundaryRules.withNationalBodiesJoined(sentences, "Iraqi"::equals, names);

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

        List<Span[]> fixed = NameBoundaryRules.withoutDates(sentences, names);

        assertArrayEquals(new Span[] {new Span(4, 5, "person"), new Span(6, 8, "person")}, fixed.get(0));
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

        List<Span[]> fixed = NameBoundaryRules.withQuotedTitles(sentences, names);

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
                NameBoundaryRules.withQuotedTitles(sentences, names).get(0));
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

        List<Span[]> fixed = NameBoundaryRules.withoutOpeningThe(sentences, names);

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

        List<Span[]> fixed = NameBoundaryRules.withoutOpeningThe(sentences, names);

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

        List<Span[]> fixed = NameBoundaryRules.withNewspapersTheirThe(sentences, names);

        assertArrayEquals(new Span[] {new Span(0, 3, "organization"), new Span(4, 6, "organization")}, fixed.get(0));
        assertArrayEquals(names.get(1), fixed.get(1));
    }

    @Test
    void shouldGiveANameTheLegalFormAfterItAndMakeItAnOrganization() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Spanish steelmaker Acerías del Cantábrico SA agreed ."), tokens("Kildare Co Council met ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 1, "misc"), new Span(2, 5, "person")}, new Span[] {new Span(0, 1, "location")});

        List<Span[]> fixed = NameBoundaryRules.withLegalFormsJoined(sentences, names);

        assertArrayEquals(new Span[] {new Span(0, 1, "misc"), new Span(2, 6, "organization")}, fixed.get(0));
        assertArrayEquals(names.get(1), fixed.get(1), "'Co' is a county too");
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

        List<Span[]> joined = NameBoundaryRules.withVenuesJoined(sentences, names);

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
                NameBoundaryRules.withoutPortfolios(sentences, names).get(0));
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
                NameBoundaryRules.withMembersOfParliamentApart(sentences, names).get(0));
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
                NameBoundaryRules.withStateCodesApart(sentences, names).get(0));
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
                NameBoundaryRules.withChannelNumbers(sentences, names).get(0));
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
                NameBoundaryRules.withoutOpeningWords(sentences, names).get(0));
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
                NameBoundaryRules.withPossessivesJoined(sentences, names).get(0));
    }

    @Test
    void shouldJoinTwoOneWordNamesAcrossAnAmpersandIntoAFirmButNotTwoPlaces() {
        List<String[]> sentences = List.<String[]>of(tokens("consultancy Alvarez & Marsal and Serbia & Montenegro"));
        List<Span[]> names = List.<Span[]>of(spans(1, "person", 3, "person", 5, "location", 7, "location"));

        assertArrayEquals(
                new Span[] {new Span(1, 4, "organization"), names.get(0)[2], names.get(0)[3]},
                NameBoundaryRules.withAmpersandsJoined(sentences, names).get(0));
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
                NameBoundaryRules.withBodiesOfSomething(sentences, names).get(0));
    }

    @Test
    void shouldOpenAnOrganizationsNameWithWomensButNotAPersonsName() {
        List<String[]> sentences =
                List.<String[]>of(tokens("The Women 's Tennis Association and Men 's Roger Federer"));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(3, 5, "organization"), new Span(8, 10, "person")});

        assertArrayEquals(
                new Span[] {new Span(1, 5, "organization"), new Span(8, 10, "person")},
                NameBoundaryRules.withPeopleOpening(sentences, names).get(0));
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
                NameBoundaryRules.withBodiesOfSomething(sentences, names).get(0));
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
                NameBoundaryRules.withEventsJoined(sentences, names).get(0));
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
                NameBoundaryRules.withBodiesOfSomething(sentences, names).get(0));
    }

    @Test
    void shouldEndNoNameWithASmallWord() {
        List<String[]> sentences = List.<String[]>of(tokens("the Department of Justice and the SEC"));
        List<Span[]> names =
                List.<Span[]>of(new Span[] {new Span(1, 5, "organization"), new Span(6, 7, "organization")});

        assertArrayEquals(
                new Span[] {new Span(1, 4, "organization"), new Span(6, 7, "organization")},
                NameBoundaryRules.withoutEdgePunctuation(sentences, names).get(0));
    }

    @Test
    void shouldGiveAPersonTheFamilyNameWrittenWithItsParticleInLowerCase() {
        List<String[]> sentences = List.of(
                tokens("Ahmed al-Rashid , WFP 's director , spoke ."), tokens("Asked again , al-Rashid said no ."));
        List<Span[]> names =
                List.of(new Span[] {new Span(0, 1, "person"), new Span(3, 4, "organization")}, new Span[0]);

        List<Span[]> joined = NameBoundaryRules.withArabicFamilyNames(sentences, names);
        List<Span[]> found = DocumentNameRules.withRepeatedMentions(sentences, joined);

        assertArrayEquals(new Span[] {new Span(0, 2, "person"), new Span(3, 4, "organization")}, found.get(0));
        assertArrayEquals(new Span[] {new Span(3, 4, "person")}, found.get(1));
    }
}
