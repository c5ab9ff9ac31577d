package dev.newsflow.enrich.nlp.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.training.NerTrainingParameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

class SentenceWindowFeatureGeneratorTest {

    private static final String[] SENTENCE =
            "Mayor Matteo Lepore said the Reno river had risen 3 metres in Emilia-Romagna .".split(" ");

    @Test
    void shouldGiveOpenNlpsWindowFeaturesInTheSameOrder() {
        AdaptiveFeatureGenerator tokenClass = new TokenClassFeatureGenerator(true);
        WindowFeatureGenerator openNlp = new WindowFeatureGenerator(tokenClass, 2, 2);
        SentenceWindowFeatureGenerator ours = new SentenceWindowFeatureGenerator(tokenClass, 2, 2);

        for (int i = 0; i < SENTENCE.length; i++) {
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            openNlp.createFeatures(expected, SENTENCE, i, new String[i]);
            ours.createFeatures(actual, SENTENCE, i, new String[i]);
            assertEquals(expected, actual, "token " + i);
        }
    }

    @Test
    void shouldAskTheWrappedGeneratorOncePerTokenOfASentence() {
        AtomicInteger asked = new AtomicInteger();
        AdaptiveFeatureGenerator counting = (features, tokens, index, previous) -> {
            asked.incrementAndGet();
            features.add("w=" + tokens[index]);
        };
        SentenceWindowFeatureGenerator window = new SentenceWindowFeatureGenerator(counting, 2, 2);

        for (int i = 0; i < SENTENCE.length; i++) {
            window.createFeatures(new ArrayList<>(), SENTENCE, i, new String[i]);
        }
        assertEquals(SENTENCE.length, asked.get());

        String[] next = "Floods forced 4,000 people from their homes .".split(" ");
        List<String> features = new ArrayList<>();
        window.createFeatures(features, next, 0, new String[0]);
        assertEquals(List.of("w=Floods", "n1w=forced", "n2w=4,000"), features, "a new sentence is read afresh");
    }

    @Test
    void shouldSwapOnlyWindowsOverGeneratorsThatReadTheTokensAlone() throws Exception {
        String descriptor = NerTrainingParameters.GAZETTEER_FEATURES.replace(
                "</featureGenerators>",
                """
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">1</int>
                    <int name="nextLength">1</int>
                    <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
                  </generator>
                </featureGenerators>
                """);

        String swapped = new String(
                SentenceWindowFeatureGeneratorFactory.substituteIn(descriptor.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);

        assertEquals(4, count(swapped, SentenceWindowFeatureGeneratorFactory.class.getName()), swapped);
        assertEquals(1, count(swapped, "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory"), swapped);
        assertTrue(swapped.contains("PreviousMapFeatureGeneratorFactory"), swapped);
    }

    @Test
    void shouldLeaveADescriptorWithoutWindowsAsItIs() throws Exception {
        byte[] descriptor =
                """
                <featureGenerators name="nameFinder">
                  <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
                </featureGenerators>
                """
                        .getBytes(StandardCharsets.UTF_8);

        assertSame(descriptor, SentenceWindowFeatureGeneratorFactory.substituteIn(descriptor));
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }
}
