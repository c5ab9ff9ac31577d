package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How words count towards the topics' lexicons. */
class TopicLexiconsTest {

    @Test
    void shouldCountATermItsPluralAndWordsBeginningWithAStemOncePerTopic() {
        Map<IptcTopic, Integer> hits = TopicClassifier.TopicLexicons.count(
                "The Floods and a FLOOD forced police to evacuate , evacuation of the jury room , storm".split(" "));

        // "flood", "floods" (plural), "evacuate" and "evacuation" (stem "evacuat")
        assertEquals(4, hits.get(IptcTopic.DISASTER));
        // "police", and "jury", which is a term of two topics
        assertEquals(2, hits.get(IptcTopic.CRIME));
        assertEquals(1, hits.get(IptcTopic.ARTS));
        assertEquals(1, hits.get(IptcTopic.WEATHER));
    }

    @Test
    void shouldNotMatchShortTermsAsStemsNorStemsInsideWords() {
        // "film" is a term of under five letters: "filmmaker" does not begin a match; "reflood" has "flood" inside;
        // "blaze" is a whole word only, not the start of "Blazers"
        Map<IptcTopic, Integer> hits =
                TopicClassifier.TopicLexicons.count("filmmaker reflood Blazers blazer".split(" "));

        assertEquals(Map.of(), hits);
        assertEquals(Map.of(IptcTopic.DISASTER, 2), TopicClassifier.TopicLexicons.count("blaze blazes".split(" ")));
        // an election's "landslide" is not a disaster's; landslides and mudslides are
        assertEquals(Map.of(), TopicClassifier.TopicLexicons.count("Labour won a landslide".split(" ")));
        // nor is a collapse
        assertEquals(Map.of(), TopicClassifier.TopicLexicons.count("it collapsed".split(" ")));
        assertEquals(
                Map.of(IptcTopic.DISASTER, 2),
                TopicClassifier.TopicLexicons.count("landslides and a mudslide".split(" ")));
    }

    @Test
    void shouldTakeTheEmergenciesOfColdAndDustForDisasters() {
        assertEquals(
                Map.of(IptcTopic.DISASTER, 5),
                TopicClassifier.TopicLexicons.count(
                        "a blizzard , avalanches , the sandstorm , hypothermia and a dzud".split(" ")));
    }

    @Test
    void shouldNotTakeTheWindThatDrivesTurbinesForWeather() {
        assertEquals(
                Map.of(),
                TopicClassifier.TopicLexicons.count(
                        "Offshore wind is growing and its wind turbines and wind farms too".split(" ")));
        assertEquals(
                Map.of(IptcTopic.WEATHER, 2),
                TopicClassifier.TopicLexicons.count("strong wind and winds of 100 km/h".split(" ")));
        // winds blow offshore and onshore; the industry's wind is singular
        assertEquals(
                Map.of(IptcTopic.WEATHER, 2),
                TopicClassifier.TopicLexicons.count("offshore winds and onshore winds".split(" ")));
        assertEquals(Map.of(), TopicClassifier.TopicLexicons.count("onshore wind".split(" ")));
    }
}
