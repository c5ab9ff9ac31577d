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
}
