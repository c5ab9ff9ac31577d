package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.nlp.features.FeatureExtensions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped name finder finds the same names with the same probabilities through the beam scorer and the sentence
 * windows as with OpenNLP's own.
 */
class SharingNameFinderModelTest {

    private static byte[] shipped;

    @BeforeAll
    static void readShippedModel() throws IOException {
        FeatureExtensions.allow();
        try (InputStream in = SharingNameFinderModelTest.class.getClassLoader().getResourceAsStream(NlpModels.NAMES)) {
            shipped = in.readAllBytes();
        }
    }

    @Test
    void shouldFindWhatTheStockNameFinderFindsInADocument() throws IOException {
        List<String[]> document = List.of(
                "Bologna ( Newsflow Wire ) -- Floods forced 4,000 people from their homes in Emilia-Romagna on Tuesday ."
                        .split(" "),
                "Mayor Matteo Lepore said the Reno river had risen three metres overnight .".split(" "),
                "The European Central Bank and Italy 's civil protection agency sent teams to Bologna and Modena ."
                        .split(" "),
                "LONDON 1996-08-30 -- Leeds beat Chelsea 2-1 at Elland Road , Ruud Gullit said .".split(" "));
        NameFinderME stock = new NameFinderME(new TokenNameFinderModel(new ByteArrayInputStream(shipped)));
        SharingNameFinderModel model = new SharingNameFinderModel(new ByteArrayInputStream(shipped));
        assertTrue(model.sharesFeatures(), "the shipped model is a perceptron, scored with shared features");
        NameFinderME sharing = new NameFinderME(model);

        List<Span> found = new ArrayList<>();
        for (String[] sentence : document) {
            Span[] expected = stock.find(sentence);
            Span[] actual = sharing.find(sentence);
            assertArrayEquals(expected, actual, String.join(" ", sentence));
            assertArrayEquals(stock.probs(expected), sharing.probs(actual), 0.0);
            assertArrayEquals(stock.probs(), sharing.probs(), 0.0);
            found.addAll(List.of(actual));
        }
        assertTrue(found.size() >= 8, "the document has names to find: " + found);
    }
}
