package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the name finder's mentions of one article become one entity per referent. */
class EntityConsolidationTest {

    private static Mention mention(String text, EntityType type, int sentence) {
        return new Mention(text, type, sentence, false);
    }

    private static Map<String, Entity> consolidate(Mention... mentions) {
        return EntityConsolidation.consolidate(List.of(mentions), "", 10).stream()
                .collect(Collectors.toMap(Entity::name, entity -> entity));
    }

    @Test
    void shouldMergeTheFirstWordOfAnOrganizationsNameIntoIt() {
        Map<String, Entity> entities = consolidate(
                mention("Halvorsen Logistics", EntityType.ORGANIZATION, 0),
                mention("Halvorsen", EntityType.PERSON, 3),
                mention("Halvorsen", EntityType.ORGANIZATION, 5));

        Entity company = entities.get("Halvorsen Logistics");
        assertEquals(1, entities.size(), entities::toString);
        assertEquals(EntityType.ORGANIZATION, company.type());
        assertEquals(3, company.mentions());
        assertEquals(List.of("Halvorsen"), company.aliases());
    }

    @Test
    void shouldMergeTheLastWordsOfAnOrganizationsNameIntoIt() {
        Map<String, Entity> entities = consolidate(
                mention("Distribution and Allied Workers Union", EntityType.ORGANIZATION, 0),
                mention("Allied Workers Union", EntityType.ORGANIZATION, 4));

        assertEquals(
                List.of("Allied Workers Union"),
                entities.get("Distribution and Allied Workers Union").aliases());
    }

    @Test
    void shouldNotMergeAPlaceOrANationalityIntoAnOrganizationNamedAfterIt() {
        Map<String, Entity> entities = consolidate(
                mention("Japan Aerospace Exploration Agency", EntityType.ORGANIZATION, 0),
                mention("Japan", EntityType.LOCATION, 1),
                mention("European Commission", EntityType.ORGANIZATION, 2),
                mention("European", EntityType.MISC, 3));

        assertEquals(EntityType.LOCATION, entities.get("Japan").type());
        assertEquals(EntityType.MISC, entities.get("European").type());
        assertEquals(4, entities.size(), entities::toString);
    }

    @Test
    void shouldNotGuessBetweenTwoOrganizationsThatStartAlike() {
        Map<String, Entity> entities = consolidate(
                mention("Corvane Systems", EntityType.ORGANIZATION, 0),
                mention("Corvane Labs", EntityType.ORGANIZATION, 1),
                mention("Corvane", EntityType.ORGANIZATION, 2));

        assertEquals(3, entities.size(), entities::toString);
    }

    @Test
    void shouldMergeALastNameIntoTheOnePersonWithThatName() {
        Map<String, Entity> entities =
                consolidate(mention("Marco Rubio", EntityType.PERSON, 0), mention("Rubio", EntityType.PERSON, 2));

        assertEquals(List.of("Rubio"), entities.get("Marco Rubio").aliases());
    }
}
