package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameRuleFixtures.spans;
import static dev.newsflow.enrich.nlp.NameRuleFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** What a name's words and the words around it make of its type. */
class NameTypeRulesTest {

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

        List<Span[]> fixed = NameTypeRules.withHeadWordTypes(sentences, names);

        assertArrayEquals(
                new Span[] {new Span(1, 3, "misc"), new Span(5, 7, "misc"), new Span(12, 13, "person")}, fixed.get(0));
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
                NameTypeRules.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeANameThatEndsInAnOrganizationsHeadWordAnOrganization() {
        List<String[]> sentences = List.<String[]>of(tokens("Sofia Marchetti of Kessel Bank and the West Bank ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 2, "person"), new Span(3, 5, "location"), new Span(7, 9, "location")});

        List<Span[]> fixed = NameTypeRules.withHeadWordTypes(sentences, names);

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
                NameTypeRules.withHeadWordTypes(sentences, names).get(0));
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
                NameTypeRules.withHeadWordTypes(sentences, names).get(0));
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
                NameTypeRules.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeTwoNamesJoinedByAnAmpersandAFirm() {
        List<String[]> sentences = List.<String[]>of(tokens("Hartley & Finch audited Brightwater ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(0, 3, "person"), new Span(4, 5, "location")});

        assertArrayEquals(
                new Span[] {new Span(0, 3, "organization"), new Span(4, 5, "location")},
                NameTypeRules.withHeadWordTypes(sentences, names).get(0));
    }

    @Test
    void shouldMakeAStormsNameMiscWithoutTheWordBeforeIt() {
        List<String[]> sentences = List.<String[]>of(
                tokens("Hurricane Delphine hit as Typhoon Haiyan did , the National Hurricane Center said ."));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(0, 2, "person"), new Span(5, 6, "person"), new Span(9, 12, "organization")});

        assertArrayEquals(
                new Span[] {new Span(1, 2, "misc"), new Span(5, 6, "misc"), new Span(9, 12, "organization")},
                NameTypeRules.withStormNames(sentences, names).get(0));
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
                NameTypeRules.withHeadWordTypes(sentences, names).get(0));
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

        List<Span[]> typed = NameTypeRules.withPlaceWordsAfter(sentences, "Greek"::equals, names);

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

        List<Span[]> fixed = NameTypeRules.withListTypes(sentences, "Russia"::equals, names);

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

        List<Span[]> fixed = NameTypeRules.withBasesAsPlaces(sentences, name -> !name.equals("Google"), names);

        assertArrayEquals(new Span[] {new Span(2, 5, "organization"), new Span(7, 8, "location")}, fixed.get(0));
        // a platform, a name the gazetteers know as no place, a person: as they were
        for (int s = 1; s < sentences.size(); s++) {
            assertArrayEquals(names.get(s), fixed.get(s));
        }
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
                NameTypeRules.withEventTypes(sentences, names).get(0));
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

        List<Span[]> fixed = NameTypeRules.withWorksAfterTheirKind(sentences, names);

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
                NameTypeRules.withBodiesAfterTheirKind(sentences, "Britain"::equals, names)
                        .get(0));
    }

    @Test
    void shouldTakeTheUntaggedWordsAfterABandOrANewspaperForItsName() {
        List<String[]> sentences = List.<String[]>of(tokens("the band U2 , the band The Libertines , the band said"));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(7, 8, "person")});

        assertArrayEquals(
                new Span[] {new Span(2, 3, "organization"), new Span(6, 8, "organization")},
                NameTypeRules.withBodiesAfterTheirKind(sentences, name -> false, names)
                        .get(0));
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
                NameTypeRules.withMediaNames(sentences, name -> false, "Maputo"::equals, names)
                        .get(0));
    }

    @Test
    void shouldMakeAParliamentsChamberAnOrganization() {
        List<String[]> sentences = List.<String[]>of(tokens("the Commons voted , Congress agreed , Parliament met"));
        List<Span[]> names = List.<Span[]>of(
                new Span[] {new Span(1, 2, "location"), new Span(4, 5, "misc"), new Span(7, 8, "location")});

        assertArrayEquals(
                new Span[] {new Span(1, 2, "organization"), new Span(4, 5, "organization"), new Span(7, 8, "location")},
                NameTypeRules.withChambersAsBodies(sentences, names).get(0));
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
                NameTypeRules.withKindsApart(sentences, names).get(0));
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

        List<Span[]> fixed = NameTypeRules.withPlacesAfterTheirKind(sentences, names);

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
                NameTypeRules.withMarketIndices(sentences, names).get(0));
    }

    @Test
    void shouldLeaveAOneWordNameAloneEvenIfItIsAHeadWord() {
        List<String[]> sentences = List.<String[]>of(tokens("Bank said so ."));
        List<Span[]> names = List.<Span[]>of(new Span[] {new Span(0, 1, "person")});

        assertArrayEquals(
                names.get(0), NameTypeRules.withHeadWordTypes(sentences, names).get(0));
    }
}
