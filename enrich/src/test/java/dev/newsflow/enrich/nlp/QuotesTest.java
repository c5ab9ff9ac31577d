package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who says a quotation, from the words around it. */
class QuotesTest {

    private static final List<Entity> ENTITIES = List.of(
            new Entity("Max Verstappen", EntityType.PERSON, 2, List.of("Verstappen"), 1.0),
            new Entity("Sky Sports", EntityType.ORGANIZATION, 1, List.of(), 0.5),
            new Entity("Red Bull", EntityType.ORGANIZATION, 2, List.of(), 0.8));

    @Test
    void shouldNotTakeWhoeverIsToldForTheSpeaker() {
        String body = "Verstappen, who has not won since June, said the car had been slow. \"They were just a lot "
                + "faster than us,\" the Dutchman told Sky Sports.\n\n"
                + "\"We will look at the data tonight,\" Red Bull told reporters.";

        List<Quote> quotes = Quotes.in(body, ENTITIES);

        assertEquals(
                List.of(
                        new Quote("They were just a lot faster than us", "Max Verstappen"),
                        new Quote("We will look at the data tonight", "Red Bull")),
                quotes);
    }

    @Test
    void shouldTakeTheSpeakerOfExplainsAndConfirmedButNotOfTheNounComments() {
        String body = "\"We were just a lot faster than us,\" explains Verstappen.\n\n"
                + "\"The data says so,\" Red Bull confirmed.\n\n"
                + "Verstappen's comments came after Red Bull said the car was \"not slow at all on the long straights\". But that was not enough.";

        List<Quote> quotes = Quotes.in(body, ENTITIES);

        assertEquals(
                List.of(
                        new Quote("We were just a lot faster than us", "Max Verstappen"),
                        new Quote("The data says so", "Red Bull"),
                        new Quote("not slow at all on the long straights", "Red Bull")),
                quotes);
    }

    @Test
    void shouldNotTakeANameOrATitleInQuotesForSpeech() {
        String body = "The archipelago lies on the Pacific \"Ring of Fire,\" where plates meet. Red Bull called it "
                + "\"Plays for Sure\" in a statement.\n\n"
                + "\"We Will Look At The Data,\" Verstappen said.";

        List<Quote> quotes = Quotes.in(body, ENTITIES);

        // capitalised speech, eight words or fewer, is a slogan's kind: kept out as well
        assertEquals(List.of(), quotes);
        assertEquals(
                List.of(new Quote("We will look at the data", "Max Verstappen")),
                Quotes.in("\"We will look at the data,\" Verstappen said.", ENTITIES));
    }

    @Test
    void shouldGiveAPronounAfterASpokespersonForAnOrganizationThatOrganization() {
        List<Entity> entities = List.of(
                new Entity("Oliver Pennington", EntityType.PERSON, 2, List.of("Pennington"), 1.0),
                new Entity("Albion Grenadiers", EntityType.ORGANIZATION, 2, List.of(), 0.8),
                new Entity("Kestrel Resources Ltd", EntityType.ORGANIZATION, 2, List.of("Kestrel"), 0.8),
                new Entity("AFP", EntityType.ORGANIZATION, 1, List.of(), 0.2));
        String body = "Britain's Oliver Pennington is ninth after his Albion Grenadiers team lost time. And Pennington "
                + "said \"I will fight on\" on Monday.\n\n"
                + "A spokeswoman for Albion Grenadiers said Pennington had been suffering from a heavy cold but would "
                + "start on Friday. \"Oli is fighting. He is not finished in this race,\" she said.\n\n"
                + "Kestrel said on Monday it would fight the ruling.\n\n"
                + "In a statement sent to AFP, the company said it had \"exhausted every avenue for dialogue\" and "
                + "would go to arbitration.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("I will fight on", "Oliver Pennington"),
                        new Quote("Oli is fighting. He is not finished in this race", "Albion Grenadiers"),
                        new Quote("exhausted every avenue for dialogue", "Kestrel Resources Ltd")),
                quotes);
    }

    @Test
    void shouldGiveAQuotationTheNameADescriptionOfItsSpeakerSetsOff() {
        List<Entity> entities = List.of(
                new Entity("Marco Villanueva", EntityType.PERSON, 1, List.of(), 0.6),
                new Entity("INDECI", EntityType.ORGANIZATION, 2, List.of(), 0.8),
                new Entity("RPP", EntityType.ORGANIZATION, 1, List.of(), 0.2),
                new Entity("Sorin Dobre", EntityType.PERSON, 1, List.of(), 0.5));
        String body = "\"Our priority now is the people cut off,\" INDECI's regional coordinator, Col. Marco "
                + "Villanueva, told RPP radio.\n\n"
                + "\"We warned the owner twice,\" a Romanian Waters official, Sorin Dobre, said.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("Our priority now is the people cut off", "Marco Villanueva"),
                        new Quote("We warned the owner twice", "Sorin Dobre")),
                quotes);
    }

    @Test
    void shouldTakeThePronounBeforeTheVerbOverANameAfterIt() {
        List<Entity> entities = List.of(
                new Entity("Rui Tavares Mendes", EntityType.PERSON, 2, List.of("Mendes"), 1.0),
                new Entity("Joana Faria", EntityType.PERSON, 1, List.of(), 0.4));
        String body = "Mendes denied the charges. \"I have never taken a cent that was not mine,\" he said in a "
                + "statement issued by his lawyer, Joana Faria.\n\n"
                + "\"We will appeal the ruling,\" said Joana Faria, his lawyer.\n\n"
                + "\"He was a fine coach,\" the man he replaced, said Joana Faria.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("I have never taken a cent that was not mine", "Rui Tavares Mendes"),
                        new Quote("We will appeal the ruling", "Joana Faria"),
                        // a pronoun that is not the subject leaves the name after the verb the speaker
                        new Quote("He was a fine coach", "Joana Faria")),
                quotes);
    }

    @Test
    void shouldGiveAPronounOrADescriptionTheSubjectOfTheLastSentenceThatNamesOne() {
        List<Entity> entities = List.of(
                new Entity("Pep Guardiola", EntityType.PERSON, 2, List.of("Guardiola"), 1.0),
                new Entity("Kevin De Bruyne", EntityType.PERSON, 2, List.of("De Bruyne"), 0.8),
                new Entity("Carlos Alcaraz", EntityType.PERSON, 2, List.of("Alcaraz"), 0.8),
                new Entity("Jannik Sinner", EntityType.PERSON, 2, List.of("Jannik"), 0.8),
                new Entity("Icelandair", EntityType.ORGANIZATION, 2, List.of(), 0.5),
                new Entity("Steven Gerrard", EntityType.PERSON, 2, List.of("Gerrard"), 0.5),
                new Entity("Rick Parry", EntityType.PERSON, 1, List.of(), 0.5));
        String body = "Guardiola said De Bruyne would be assessed. \"Kevin feels good. We will see,\" he said.\n\n"
                + "\"Jannik was better today in the big moments,\" said the champion's rival, adding little.\n\n"
                + "Alcaraz, who had lost the No. 1 ranking to Sinner, was gracious. \"Jannik was better today,\" the "
                + "22-year-old said. "
                + "\"I am proud of the season we had,\" he added.\n\n"
                + "Icelandair said no flights were cancelled. \"We are monitoring the situation,\" the airline said. "
                + "\"Flights are running normally,\" the statement said.\n\n"
                + "Rick Parry said: \"He would have gone by now.\" Gerrard had said he might leave.\n\n"
                + "\"I want to win things with Liverpool,\" he said.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("Kevin feels good. We will see", "Pep Guardiola"),
                        new Quote("Jannik was better today in the big moments", null),
                        new Quote("Jannik was better today", "Carlos Alcaraz"),
                        // not "Jannik", named inside the quotation before
                        new Quote("I am proud of the season we had", "Carlos Alcaraz"),
                        new Quote("We are monitoring the situation", "Icelandair"),
                        // a statement names no speaker: the one before in the paragraph goes on
                        new Quote("Flights are running normally", "Icelandair"),
                        new Quote("He would have gone by now", "Rick Parry"),
                        // the quotation closed the sentence before "Gerrard"
                        new Quote("I want to win things with Liverpool", "Steven Gerrard")),
                quotes);
    }

    @Test
    void shouldGiveAParagraphOfQuotationAloneToWhoeverSpokeLastAndADriverNotHisTeam() {
        List<Entity> entities = List.of(
                new Entity("Lena Hartmann", EntityType.PERSON, 2, List.of("Hartmann"), 0.6),
                new Entity("Sequoia", EntityType.ORGANIZATION, 1, List.of(), 0.5),
                new Entity("Charles Leclerc", EntityType.PERSON, 2, List.of("Leclerc"), 0.8),
                new Entity("Ferrari", EntityType.ORGANIZATION, 2, List.of(), 0.7));
        String body = "Lena Hartmann, a partner at Sequoia, said the firm had tracked the company. \"They have built "
                + "something rare,\" Hartmann said.\n\n"
                + "\"What convinced us was the retention.\"\n\n"
                + "Leclerc was less forgiving. \"He came from nowhere,\" the Ferrari driver said.\n\n"
                + "\"There was never a gap.\" Ferrari said it would not appeal.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("They have built something rare", "Lena Hartmann"),
                        new Quote("What convinced us was the retention", "Lena Hartmann"),
                        new Quote("He came from nowhere", "Charles Leclerc"),
                        // a whole sentence of quotation opening the paragraph goes on with the one who spoke last,
                        // whatever the sentences after it say (BBC News: 219 such quotations had no speaker)
                        new Quote("There was never a gap", "Charles Leclerc")),
                quotes);
    }

    @Test
    void shouldGiveWhatTheSpaniardSaysToThePersonTheTextCallsSpanish() {
        List<Entity> entities = List.of(
                new Entity("Carlos Alcaraz", EntityType.PERSON, 2, List.of("Alcaraz"), 0.9),
                new Entity("Alex de Minaur", EntityType.PERSON, 2, List.of("de Minaur"), 0.6),
                new Entity("Jannik Sinner", EntityType.PERSON, 1, List.of(), 0.4));
        String body = "The Spanish world No. 1 Carlos Alcaraz beat Australia's Alex de Minaur. Alex de Minaur had won "
                + "their last meeting.\n\n\"I feel ready,\" the Spaniard said.\n\n"
                + "\"He was too good,\" the Australian said.\n\n"
                + "Alcaraz will face Jannik Sinner next. The 22-year-old, who missed last year's final, added: \"It "
                + "is the match everyone wants.\"";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("I feel ready", "Carlos Alcaraz"),
                        new Quote("He was too good", "Alex de Minaur"),
                        // the clause about the subject goes, and the subject is the one the description points back to
                        new Quote("It is the match everyone wants", "Carlos Alcaraz")),
                quotes);
    }

    @Test
    void shouldGiveWhatTheMinistrySaysToTheMinistryNamedNotToTheLastOrganization() {
        List<Entity> entities = List.of(
                new Entity("Ministry of Health", EntityType.ORGANIZATION, 1, List.of(), 0.6),
                new Entity("Pfizer", EntityType.ORGANIZATION, 2, List.of(), 0.8),
                new Entity("Trenord", EntityType.ORGANIZATION, 2, List.of(), 0.8),
                new Entity("Harcourt Bank", EntityType.ORGANIZATION, 2, List.of(), 0.8),
                new Entity("Financial Conduct Authority", EntityType.ORGANIZATION, 1, List.of("FCA"), 0.7));
        String body = "The Ministry of Health ordered an inquiry. Pfizer said its vaccine was not involved. \"The "
                + "inquiry will report in March,\" the ministry said.\n\n"
                + "Trenord cancelled 40 trains. \"Services will resume on Monday,\" the company said.\n\n"
                + "\"No one was hurt,\" the police said.\n\n"
                + "\"We have heard nice words before,\" the union said.\n\n"
                + "Harcourt Bank was fined by the Financial Conduct Authority (FCA). \"Its controls failed us,\" the "
                + "City watchdog said.\n\n"
                + "Pfizer said: \"We were not told.\" The government says the company is \"a bit late\" to the issue.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("The inquiry will report in March", "Ministry of Health"),
                        new Quote("Services will resume on Monday", "Trenord"),
                        // no police force is named: not Trenord, the last organization
                        new Quote("No one was hurt", null),
                        new Quote("We have heard nice words before", null),
                        new Quote("Its controls failed us", "Financial Conduct Authority"),
                        new Quote("We were not told", "Pfizer"),
                        // someone else speaks, whom the text does not name: not Pfizer, who spoke before
                        new Quote("a bit late", null)),
                quotes);
    }

    @Test
    void shouldGiveAQuotationThatGoesOnInTheNextParagraphItsSpeakerAndTakeTheSubjectBeforeAColon() {
        List<Entity> entities = List.of(
                new Entity("Stephen Curry", EntityType.PERSON, 2, List.of("Curry"), 1.0),
                new Entity("Gael de-Bray", EntityType.PERSON, 1, List.of(), 0.5),
                new Entity("Deutsche Bank", EntityType.ORGANIZATION, 1, List.of(), 0.5));
        String body = "\"We let it slip,\" Curry said. \"We did not close the game out. That is on us.\n\n"
                + "\"We'll watch the film and be honest with each other.\"\n\n"
                + "At Deutsche Bank, analyst Gael de-Bray was more cautious: \"The guidance leaves little room.\"\n\n"
                + "\"It is quite true,\" she said. \"We have problems. \"We have piracy.\" This week the bank sold "
                + "its stake in the business.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("We let it slip", "Stephen Curry"),
                        new Quote("We did not close the game out. That is on us", "Stephen Curry"),
                        new Quote("We'll watch the film and be honest with each other", "Stephen Curry"),
                        new Quote("The guidance leaves little room", "Gael de-Bray"),
                        new Quote("It is quite true", "Gael de-Bray"),
                        // and "This week ..." after a mark out of step is no quotation
                        new Quote("We have problems", "Gael de-Bray")),
                quotes);
    }

    @Test
    void shouldNotGiveAQuotationOfSomeoneDescribedToSomeoneNamedEarlierAndLookPastAnOpeningPhrase() {
        List<Entity> entities = List.of(
                new Entity("David McLetchie", EntityType.PERSON, 1, List.of(), 0.5),
                new Entity("UK Film Council", EntityType.ORGANIZATION, 2, List.of(), 0.5),
                new Entity("Michael Howard", EntityType.PERSON, 2, List.of("Howard"), 0.5),
                new Entity("Jeremy Vine", EntityType.PERSON, 1, List.of(), 0.5),
                new Entity("Marion Jones", EntityType.PERSON, 2, List.of("Jones"), 0.5),
                new Entity("Rich Nichols", EntityType.PERSON, 1, List.of(), 0.5),
                new Entity("Jerry Springer", EntityType.PERSON, 1, List.of(), 0.5));
        String body = "David McLetchie said it was wrong.\n\n"
                + "The executive spokeswoman said the leave was agreed. She said: \"Ministers were told of that.\"\n\n"
                + "The UK Film Council said the drop was expected. \"There was no way to better 2003,\" the council's "
                + "spokesperson said.\n\n"
                + "Interviewed on the Jeremy Vine show, Mr Howard said: \"It is perfectly true that I am attacked.\"\n\n"
                + "In a statement released through her attorney Rich Nichols, Jones repeated her innocence. \"The "
                + "allegations are not true,\" she said.\n\n"
                + "Jerry Springer defended the show. The TV host said he understood. \"We bleep it out,\" he said.\n\n"
                + "Since Jerry Springer's show, Michael Howard insisted. \"Italy are brave,\" he said.\n\n"
                + "Jones' lawyer Rich Nichols said: \"Marion has never used drugs.\"\n\n"
                + "Michael Howard described the cash as \"safe, verified and available\" to investors. \"The book "
                + "was covered eight times,\" said one banker involved in the deal.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("Ministers were told of that", null),
                        new Quote("There was no way to better 2003", "UK Film Council"),
                        new Quote("It is perfectly true that I am attacked", "Michael Howard"),
                        new Quote("The allegations are not true", "Marion Jones"),
                        // "the TV host" is someone named before
                        new Quote("We bleep it out", "Jerry Springer"),
                        // a possessor is not the subject, nor is a name in the phrase before it
                        new Quote("Italy are brave", "Michael Howard"),
                        new Quote("Marion has never used drugs", "Rich Nichols"),
                        new Quote("safe, verified and available", "Michael Howard"),
                        // someone new and unnamed, not the speaker before
                        new Quote("The book was covered eight times", null)),
                quotes);
    }

    @Test
    void shouldGiveAnAgeThePersonTheTextGivesItAndAnUnnamedSourceNoOne() {
        List<Entity> entities = List.of(
                new Entity("Rory McAleese", EntityType.PERSON, 2, List.of("McAleese"), 1.0),
                new Entity("Ryan Kowalski", EntityType.PERSON, 2, List.of("Kowalski"), 0.9),
                new Entity("Dave Hollis", EntityType.PERSON, 1, List.of(), 0.8),
                new Entity("Matthias Krueger", EntityType.PERSON, 1, List.of(), 0.7),
                new Entity("National Hockey League", EntityType.ORGANIZATION, 1, List.of("NHL"), 0.6),
                new Entity("European Commission", EntityType.ORGANIZATION, 1, List.of("Commission"), 0.6));
        String body = "McAleese, the 31-year-old from nearby Ballymoney, slipped back. He rallied on the back nine.\n\n"
                + "\"It just wasn't my day on the greens,\" said the 31-year-old.\n\n"
                + "Kowalski, 30, forced overtime. Coach Dave Hollis said: \"That is what Game 7s are for.\"\n\n"
                + "\"It stings. We had chances,\" said the 30-year-old.\n\n"
                + "Chief executive Matthias Krueger resigned on Monday.\n\n"
                + "\"The numbers looked too good for too long,\" the person said, speaking on condition of anonymity.\n\n"
                + "\"A hearing is likely, but nothing is scheduled,\" a person familiar with the matter said, speaking "
                + "on condition of anonymity because the NHL had not made an announcement.\n\n"
                + "\"The case has its own timetable for months,\" a Commission official said.\n\n"
                + "\"The track drained quickly once the rain eased,\" said an official with the organising "
                + "committee, who asked not to be named because he was not authorised to speak.\n\n"
                + "\"A moving and humane book from start to end,\" wrote the judges.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("It just wasn't my day on the greens", "Rory McAleese"),
                        new Quote("That is what Game 7s are for", "Dave Hollis"),
                        new Quote("It stings. We had chances", "Ryan Kowalski"),
                        new Quote("The numbers looked too good for too long", null),
                        new Quote("A hearing is likely, but nothing is scheduled", null),
                        new Quote("The case has its own timetable for months", "European Commission"),
                        new Quote("The track drained quickly once the rain eased", null),
                        new Quote("A moving and humane book from start to end", null)),
                quotes);
    }

    @Test
    void shouldGiveASpokespersonTheBodyTheyAreNamedWithAndAnOfficeOnlyItsOwnName() {
        List<Entity> entities = List.of(
                new Entity("White House", EntityType.LOCATION, 1, List.of(), 1.0),
                new Entity("United States", EntityType.LOCATION, 1, List.of(), 0.9),
                new Entity("Stefan Perren", EntityType.PERSON, 1, List.of(), 0.8),
                new Entity("Ephraim Inoni", EntityType.PERSON, 1, List.of(), 0.7),
                new Entity("BaFin", EntityType.ORGANIZATION, 1, List.of(), 0.6));
        String body = "\"The administration has been clear,\" a White House spokesperson said.\n\n"
                + "\"We are reviewing the decision,\" a spokesperson for the Office of the United States Trade "
                + "Representative said.\n\n"
                + "Mountain guide Stefan Perren dug for hours. \"The marked pistes are safe every morning,\" the "
                + "tourist office said in a statement.\n\n"
                + "\"I can confirm that the case has passed on,\" a BaFin spokeswoman said.\n\n"
                + "Prime Minister Ephraim Inoni ordered an audit. \"Irregularities were found in the payroll,\" the "
                + "prime minister's office said.";

        List<Quote> quotes = Quotes.in(body, entities);

        assertEquals(
                List.of(
                        new Quote("The administration has been clear", "White House"),
                        // the office is not the country in its name
                        new Quote("We are reviewing the decision", null),
                        new Quote("The marked pistes are safe every morning", null),
                        new Quote("I can confirm that the case has passed on", "BaFin"),
                        new Quote("Irregularities were found in the payroll", "Ephraim Inoni")),
                quotes);
    }

    @Test
    void shouldGiveTheCompanyTheOneNamedBeforeASentenceThatDescribesItAndAPlaceThatSpeaksItsName() {
        List<Entity> entities = List.of(
                new Entity("Samsung", EntityType.ORGANIZATION, 3, List.of(), 1.0),
                new Entity("Nvidia", EntityType.ORGANIZATION, 1, List.of(), 0.5),
                new Entity("World Athletics", EntityType.ORGANIZATION, 1, List.of(), 0.5),
                new Entity("Yuki Sato", EntityType.PERSON, 1, List.of(), 0.5),
                new Entity("Parks Canada", EntityType.LOCATION, 1, List.of(), 0.5));
        String body = "Samsung said its chips had passed tests. The company did not name the customer, but analysts "
                + "believe it to be Nvidia.\n\n"
                + "\"We expect sales to more than double,\" the company said in a statement.\n\n"
                + "World Athletics confirmed the record. Dr. Yuki Sato ran the tests.\n\n"
                + "\"All results remain provisional for now,\" the governing body said.\n\n"
                + "\"Visitor safety is our top priority,\" Parks Canada said in a statement.";

        assertEquals(
                List.of(
                        new Quote("We expect sales to more than double", "Samsung"),
                        new Quote("All results remain provisional for now", "World Athletics"),
                        new Quote("Visitor safety is our top priority", "Parks Canada")),
                Quotes.in(body, entities));
    }

    @Test
    void shouldGiveNoOneASourceThatAskedNotToBeNamedAndASpokespersonTheBodyTheSentenceBeforeOpensWith() {
        List<Entity> entities = List.of(
                new Entity("Kenny Lau", EntityType.PERSON, 1, List.of(), 1.0),
                new Entity("Home Office", EntityType.ORGANIZATION, 1, List.of(), 0.8),
                new Entity("Steve Brown", EntityType.PERSON, 1, List.of(), 0.5),
                new Entity("Six Nations Rugby", EntityType.MISC, 1, List.of(), 0.5),
                new Entity("Juventus", EntityType.ORGANIZATION, 1, List.of(), 0.5));
        String body = "Analyst Kenny Lau was upbeat.\n\n"
                + "A fund manager, who declined to be named because he was not authorised to speak, said investors "
                + "were \"betting on the plant being on time\". \"The risk is politics, not engineering,\" he said.\n\n"
                + "But the Home Office defended the measures. A spokesman said: \"These individuals cannot be "
                + "prosecuted.\"\n\n"
                + "He is working with Steve Brown. A spokeswoman said the plans were \"in the very early stages\".\n\n"
                + "A spokesperson for Six Nations Rugby said calls were \"reviewed as a matter of routine\".\n\n"
                + "\"He will watch the match from our stand,\" said a Juventus official, who declined to be named.";

        assertEquals(
                List.of(
                        new Quote("betting on the plant being on time", null),
                        new Quote("The risk is politics, not engineering", null),
                        new Quote("These individuals cannot be prosecuted", "Home Office"),
                        new Quote("in the very early stages", null),
                        new Quote("reviewed as a matter of routine", "Six Nations Rugby"),
                        new Quote("He will watch the match from our stand", "Juventus")),
                Quotes.in(body, entities));
    }
}
