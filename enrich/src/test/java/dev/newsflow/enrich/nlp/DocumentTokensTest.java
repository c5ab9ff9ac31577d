package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** {@link DocumentTokens} lives in the runtime package; it is specified here because training fixes its contract. */
class DocumentTokensTest {

    @Test
    void shouldLowerCaseWordsAndDropPunctuation() {
        assertArrayEquals(
                new String[] {"high", "speed", "internet", "at", "last"},
                DocumentTokens.of("High-speed internet, at LAST!"));
    }

    @Test
    void shouldKeepApostrophesBetweenLettersAndSeparatorsBetweenDigits() {
        assertArrayEquals(
                new String[] {"don't", "pay", "o’neill's", "1,130.50", "now", "2"},
                DocumentTokens.of("Don't pay O’Neill's 1,130.50 now... 2."));
    }

    @Test
    void shouldDropQuotesAroundWords() {
        assertArrayEquals(new String[] {"quoted", "words"}, DocumentTokens.of("'Quoted' ‘words’"));
    }

    @Test
    void shouldMakeCurrencyAndPercentSignsTokensOfTheirOwn() {
        assertArrayEquals(
                new String[] {"profits", "rose", "76", "%", "to", "$", "1.13bn", "£", "600m", "€", "5"},
                DocumentTokens.of("Profits rose 76% to $1.13bn (£600m, €5)"));
    }

    @Test
    void shouldKeepAccentedAndNonLatinLettersInsideTokens() {
        assertArrayEquals(
                new String[] {"café", "cafe\u0301", "zürich", "東京"}, DocumentTokens.of("Café Cafe\u0301 Zürich 東京"));
    }

    @Test
    void shouldReturnNoTokensForTextWithoutWords() {
        assertArrayEquals(new String[0], DocumentTokens.of(" \t-- ... \n"));
        assertArrayEquals(new String[0], DocumentTokens.of(""));
    }
}
