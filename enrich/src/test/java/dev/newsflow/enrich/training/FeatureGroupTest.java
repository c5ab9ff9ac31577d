package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeatureGroupTest {

    private static final String SHIPPED = NerTrainingParameters.GAZETTEER_FEATURES;

    @Test
    void shouldLeaveTheDescriptorAsItIsWhenNothingIsLeftOut() {
        assertEquals(SHIPPED, FeatureGroup.NONE.removeFrom(SHIPPED));
    }

    @Test
    void shouldRemoveTheWindowOfLowerCasedTokensButNotTheWindowOfTokenClasses() {
        String withoutWords = FeatureGroup.WORDS.removeFrom(SHIPPED);

        assertFalse(withoutWords.contains("TokenFeatureGeneratorFactory"));
        assertTrue(withoutWords.contains("TokenClassFeatureGeneratorFactory"));
        assertEquals(
                count(SHIPPED, "WindowFeatureGeneratorFactory") - 1,
                count(withoutWords, "WindowFeatureGeneratorFactory"));
        assertTrue(withoutWords.contains("GazetteerFeatureGeneratorFactory"));
        assertEquals(3, count(withoutWords, "WordClusterFeatureGeneratorFactory"));
    }

    @Test
    void shouldRemoveEveryClusterGeneratorWithTheWindowsAroundThem() {
        String withoutClusters = FeatureGroup.CLUSTERS.removeFrom(SHIPPED);

        assertEquals(0, count(withoutClusters, "WordClusterFeatureGeneratorFactory"));
        assertEquals(
                count(SHIPPED, "WindowFeatureGeneratorFactory") - 2,
                count(withoutClusters, "WindowFeatureGeneratorFactory"));
        assertTrue(withoutClusters.contains("<int name=\"length\">4</int>"));
    }

    @Test
    void shouldRemoveBothAffixGeneratorsAndOnlyThem() {
        String withoutAffixes = FeatureGroup.AFFIXES.removeFrom(SHIPPED);

        assertFalse(withoutAffixes.contains("PrefixFeatureGeneratorFactory"));
        assertFalse(withoutAffixes.contains("SuffixFeatureGeneratorFactory"));
        assertEquals(count(SHIPPED, "<generator "), count(withoutAffixes, "<generator ") + 2);
    }

    @Test
    void shouldRefuseToLeaveOutAGroupTheDescriptorDoesNotHave() {
        assertThrows(
                IllegalArgumentException.class,
                () -> FeatureGroup.GAZETTEERS.removeFrom(NerTrainingParameters.CLUSTER_FEATURES));
        assertThrows(IllegalArgumentException.class, () -> FeatureGroup.WORDS.removeFrom("<featureGenerators"));
    }

    @Test
    void shouldBeNamedAsTheCommandLineWritesIt() {
        assertEquals(FeatureGroup.GAZETTEERS, FeatureGroup.named(" Gazetteers"));
        assertEquals("gazetteers", FeatureGroup.GAZETTEERS.toString());
        assertThrows(IllegalArgumentException.class, () -> FeatureGroup.named("gazeteers"));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
