package dev.newsflow.enrich.nlp.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

class DocumentGenreFeatureGeneratorTest {

    private static final Set<String> SPORT = Set.of("soccer", "goals");
    private static final Set<String> BUSINESS = Set.of("shares", "profit");
    private static final Set<String> POLITICS = Set.of("minister", "troops");

    @Test
    void shouldJoinACapitalisedWordAndItsClustersWithTheDocumentsKind() throws IOException {
        DocumentGenreFeatureGenerator generator = generator();

        assertEquals(
                List.of("sport,w=milan", "sport,c=10", "sport,c=1010"), features(generator, "SOCCER - MILAN WIN", 2));
        assertEquals(List.of(), features(generator, "SOCCER - MILAN WIN", 1), "no capital, no feature");
    }

    @Test
    void shouldTellTheKindFromTheSentencesBeforeAndTheCurrentOne() throws IOException {
        DocumentGenreFeatureGenerator generator = generator();

        assertEquals("other", generator.genre(tokens("Milan is in Italy .")));
        generator.updateAdaptiveData(tokens("The minister sent troops ."), null);
        assertEquals("politics", generator.genre(tokens("Milan is in Italy .")));
        assertEquals(
                "business",
                generator.genre(tokens("Its shares and profit rose .")),
                "two business words outweigh two politics words: business wins a tie");
        assertEquals(
                "sport",
                generator.genre(tokens("Milan scored two goals .")),
                "one sports word makes a sports story, however many other words");

        generator.clearAdaptiveData();
        assertEquals("other", generator.genre(tokens("Milan is in Italy .")));

        // the kind is worked out once per sentence, and again once the document has grown
        String[] sentence = tokens("Milan is in Italy .");
        assertEquals("other", generator.genre(sentence));
        generator.updateAdaptiveData(tokens("It scored two goals ."), null);
        assertEquals("sport", generator.genre(sentence));
        generator.clearAdaptiveData();
        assertEquals("other", generator.genre(sentence));
    }

    @Test
    void shouldReadItsWordListsFromTheDescriptor() throws IOException {
        AdaptiveFeatureGenerator generator = fromDescriptor("clusters", "soccer\n      goals");

        List<String> features = new ArrayList<>();
        generator.createFeatures(features, tokens("Milan scored goals"), 0, null);

        assertTrue(features.contains("sport,w=milan"), features.toString());
    }

    @Test
    void shouldRefuseAnEmptyWordList() {
        InvalidFormatException error =
                assertThrows(InvalidFormatException.class, () -> fromDescriptor("clusters", " "));
        assertTrue(error.getMessage().contains("sport"), error.getMessage());
    }

    @Test
    void shouldRefuseADescriptorWhoseClustersTheModelLacks() {
        InvalidFormatException error =
                assertThrows(InvalidFormatException.class, () -> fromDescriptor("no-such-clusters", "soccer"));
        assertEquals("resource no-such-clusters is not a WordClusters lexicon: null", error.getMessage());
    }

    /** The generator a model's descriptor makes, with the given clusters resource name and sport words. */
    private static AdaptiveFeatureGenerator fromDescriptor(String dict, String sportWords) throws IOException {
        String descriptor =
                """
                <featureGenerators name="test">
                  <generator class="dev.newsflow.enrich.nlp.features.DocumentGenreFeatureGeneratorFactory">
                    <str name="dict">%s</str>
                    <str name="sport">%s</str>
                    <str name="business">shares</str>
                    <str name="politics">minister</str>
                  </generator>
                </featureGenerators>
                """
                        .formatted(dict, sportWords);
        FeatureExtensions.allow();
        return GeneratorFactory.create(
                new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)),
                Map.of("clusters", clusters())::get);
    }

    private static DocumentGenreFeatureGenerator generator() throws IOException {
        return new DocumentGenreFeatureGenerator(clusters(), SPORT, BUSINESS, POLITICS);
    }

    private static WordClusters clusters() throws IOException {
        return WordClusters.fromText(new ByteArrayInputStream("milan\t10 1010\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> features(AdaptiveFeatureGenerator generator, String sentence, int index) {
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, tokens(sentence), index, null);
        return features;
    }

    private static String[] tokens(String sentence) {
        return sentence.split(" ");
    }
}
