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
}
