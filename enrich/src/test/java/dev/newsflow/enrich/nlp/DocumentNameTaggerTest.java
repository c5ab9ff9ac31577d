package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameRuleFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** How one document is tagged before the name rules. */
class DocumentNameTaggerTest {

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
    void shouldShowTheModelAnEnlargedGroupByItsOwnName() {
        String[] tokens = tokens("OPEC+ agreed with C++ and A+");

        assertArrayEquals(tokens("OPEC agreed with C+ and A+"), DocumentNameTagger.withoutPlusSigns(tokens));
    }
}
