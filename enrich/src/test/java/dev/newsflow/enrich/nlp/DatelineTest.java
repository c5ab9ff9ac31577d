package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The place of a wire story's dateline. */
class DatelineTest {

    @Test
    void shouldReadThePlaceOfTheUsualDatelineForms() {
        assertEquals(Optional.of("OSLO"), Dateline.place("OSLO (Newsflow Wire) — Kenya's Ruth Wanjala Kiprop won."));
        assertEquals(Optional.of("BOLOGNA"), Dateline.place("BOLOGNA — Rescue crews worked through the night."));
        assertEquals(Optional.of("SAN FRANCISCO"), Dateline.place("SAN FRANCISCO, June 5 (Reuters) - Shares rose."));
        assertEquals(Optional.of("WASHINGTON"), Dateline.place("WASHINGTON, D.C. -- The Senate voted."));
        assertEquals(
                Optional.of("FRANKFURT/NEW YORK"), Dateline.place("FRANKFURT/NEW YORK (Reuters) - Siemens agreed."));
        assertEquals(java.util.List.of("FRANKFURT", "NEW YORK"), Dateline.places("FRANKFURT/NEW YORK"));
        String london = "LONDON, Jan 9 (Reuters) - Shares fell.";
        assertEquals(true, Dateline.covers(london, london.indexOf("LONDON")));
        assertEquals(true, Dateline.covers(london, london.indexOf("Jan")));
        assertEquals(false, Dateline.covers(london, london.indexOf("Reuters")));
        String plateau = "PLATEAU DE BEILLE, France, July 14 (Reuters) - Lacroix won.";
        assertEquals(false, Dateline.covers(plateau, plateau.indexOf("France")));
        assertEquals(true, Dateline.covers(plateau, plateau.indexOf("July")));
        assertEquals(false, Dateline.covers("Shares fell in London.", 0));
    }

    @Test
    void shouldFindNoDatelineInAnOrdinaryOpening() {
        assertEquals(Optional.empty(), Dateline.place("RSV is best known as a cause of serious illness in babies."));
        assertEquals(Optional.empty(), Dateline.place("Picket lines formed before dawn — in the rain."));
        assertEquals(Optional.empty(), Dateline.place("A — the first letter."));
        assertEquals(Optional.empty(), Dateline.place("NATO — The alliance met."));
        assertEquals(Optional.empty(), Dateline.place("EXCLUSIVE - Shares of Acme fell."));
        assertEquals(Optional.of("ROME"), Dateline.place("ROME (AP) — The Pope spoke."));
    }

    @Test
    void shouldWriteTheDatelinesPlaceAsANameIsWritten() {
        assertEquals("Oslo", Dateline.written("OSLO"));
        assertEquals("Rio de Janeiro", Dateline.written("RIO DE JANEIRO"));
        assertEquals("St. Louis", Dateline.written("ST. LOUIS"));
        assertEquals("Stratford-upon-Avon", Dateline.written("STRATFORD-UPON-AVON"));
    }
}
