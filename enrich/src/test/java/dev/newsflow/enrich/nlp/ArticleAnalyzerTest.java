package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import dev.newsflow.model.Articles;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Quote;
import dev.newsflow.model.SharedData;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What enrich finds in whole articles: the reference fixture and articles written for these tests. */
class ArticleAnalyzerTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void loadModels() {
        analyzer = new ArticleAnalyzer(NlpModels.load(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    private static Optional<Entity> entity(EnrichedArticle article, String name) {
        return article.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static EnrichedArticle fixture() throws Exception {
        String text = Files.readString(SharedData.require("fixtures/000_dabb77aa80c96470.txt"));
        // the body as ingest gives it: one paragraph a block, the page break repaired, the trailer gone
        String body = text.substring(text.indexOf("On Tuesday, US Secretary"), text.indexOf("To contact the WSWS"))
                .replace("\"America must\n\nface reality", "\"America must face reality")
                .replace("For years,\n\nNATO", "For years, NATO")
                .replace("consequences\n\nfor US", "consequences for US")
                .replace("*", "")
                .strip();
        return analyzer.enrich(Articles.anArticle()
                .withTitle("Trump's Ukraine policy shift signals new phase of US global war")
                .withBody(body)
                .build());
    }

    @Test
    void shouldMergeTheAliasesOfOneReferentInTheFixture() throws Exception {
        EnrichedArticle article = fixture();

        Entity rubio = entity(article, "Marco Rubio").orElseThrow(() -> new AssertionError(article.entities()));
        assertEquals(EntityType.PERSON, rubio.type());
        assertTrue(rubio.aliases().contains("Rubio"), rubio::toString);
        Entity us = entity(article, "United States").orElseThrow();
        assertEquals(EntityType.LOCATION, us.type());
        assertTrue(us.aliases().containsAll(List.of("U.S.", "America")), us::toString);
        assertTrue(entity(article, "Putin").isPresent(), "Mr. Putin is Putin");
        Entity doge = entity(article, "Department of Government Efficiency").orElseThrow();
        assertTrue(doge.aliases().contains("DOGE"), doge::toString);
        assertEquals(
                EntityType.PERSON, entity(article, "Pete Hegseth").orElseThrow().type());
        assertEquals(
                EntityType.LOCATION, entity(article, "Ukraine").orElseThrow().type());
    }

    @Test
    void shouldNeverTakeWeekdaysPronounsOrSentenceStartersForEntities() throws Exception {
        Set<String> never = Set.of("Tuesday", "Wednesday", "He", "It", "Following", "Rather", "In");

        for (Entity entity : fixture().entities()) {
            assertFalse(never.contains(entity.name()), entity::toString);
        }
    }

    @Test
    void shouldAttributeQuotesToTheirSpeakers() throws Exception {
        List<Quote> quotes = fixture().quotes();

        assertEquals("Pete Hegseth", speakerOf(quotes, "Stark strategic realities"));
        assertEquals("Elbridge Colby", speakerOf(quotes, "America must face reality"));
        assertEquals("David Ignatius", speakerOf(quotes, "I normally ignore the daily presidential detonation"));
        assertEquals("Marco Rubio", speakerOf(quotes, "negotiate and work through the end of the conflict"));
    }

    private static String speakerOf(List<Quote> quotes, String start) {
        return quotes.stream()
                .filter(q -> q.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in " + quotes))
                .speaker();
    }

    @Test
    void shouldLabelTheFixtureAsConflictAndPolitics() throws Exception {
        EnrichedArticle article = fixture();

        assertEquals("conflict, war and peace", article.topics().get(0).label(), article.topics()::toString);
        assertEquals("medtop:16000000", article.topics().get(0).code());
        assertTrue(article.topics().stream().anyMatch(t -> t.label().equals("politics")), article.topics()::toString);
    }

    @Test
    void shouldFindTheStoryOfAFloodAndItsNumbers() {
        Article flood = Articles.anArticle()
                .withTitle("River bursts its banks as storms flood the valley")
                .withBody("Emergency crews evacuated 1,200 people from Ferrara on Tuesday after the river burst its "
                        + "banks following three days of torrential rain, the civil protection agency said.\n\n"
                        + "\"We have never seen the water rise this fast,\" said Davide Orsolini, the mayor of Ferrara. "
                        + "Rescue teams in inflatable boats pulled dozens of residents from flooded homes.\n\n"
                        + "Damage to farms is estimated at €450 million, and 40% of the harvest was destroyed, "
                        + "Orsolini said on 4 November 2025. Forecasters warned of more heavy rain and flooding.")
                .build();

        EnrichedArticle article = analyzer.enrich(flood);

        assertEquals(
                "disaster, accident and emergency incident",
                article.topics().get(0).label(),
                article.topics()::toString);
        assertEquals(
                EntityType.MONEY, entity(article, "€450 million").orElseThrow().type());
        assertEquals(EntityType.PERCENT, entity(article, "40%").orElseThrow().type());
        assertEquals(
                EntityType.DATE,
                entity(article, "4 November 2025").orElseThrow().type());
        Entity mayor = entity(article, "Davide Orsolini").orElseThrow(() -> new AssertionError(article.entities()));
        assertTrue(mayor.aliases().contains("Orsolini"));
        assertEquals("Davide Orsolini", speakerOf(article.quotes(), "We have never seen the water rise"));
        assertNotNull(article.summary());
        assertEquals(83, article.wordCount());
        assertEquals(1, article.readingTimeMinutes());
        assertFalse(article.keywords().isEmpty());
    }

    @Test
    void shouldTakeAmountsOfMoneyAndDatesWholeAndWithoutTheWordsAroundThem() {
        EnrichedArticle article = analyzer.enrich(Articles.anArticle()
                .withTitle("Tomb found")
                .withBody("The prize was worth about $1.5 million, a large sum. The ministry will spend 3.5 million "
                        + "soles, about $970,000, on a laboratory. Profit beat the 2.45 billion euro estimate in fiscal "
                        + "2026, and prices have risen since October 2025. The lab will stay open until at least 2030. In "
                        + "2013, a typhoon hit; the ministry will decide on Nov 8 at 1030 GMT and spend 3.2 billion "
                        + "pesos.")
                .build());

        Map<String, EntityType> expected = Map.of(
                "$1.5 million", EntityType.MONEY,
                "$970,000", EntityType.MONEY,
                "2.45 billion euro", EntityType.MONEY,
                "3.2 billion pesos", EntityType.MONEY,
                "fiscal 2026", EntityType.DATE,
                "October 2025", EntityType.DATE,
                "2030", EntityType.DATE,
                "2013", EntityType.DATE,
                "Nov 8", EntityType.DATE);
        expected.forEach((name, type) -> assertEquals(
                type,
                entity(article, name)
                        .orElseThrow(() -> new AssertionError(name + " in " + article.entities()))
                        .type()));
        assertTrue(entity(article, "1030").isEmpty(), article.entities()::toString); // a time, not a year
    }

    @Test
    void shouldNotGiveADisasterTheBusinessSectionTheCategorizerMustChooseForIt() {
        EnrichedArticle article = analyzer.enrich(Articles.anArticle()
                .withTitle("Volcano erupts again on Iceland's Reykjanes peninsula")
                .withBody("A volcano erupted on Iceland's Reykjanes peninsula late on Tuesday, sending lava fountains "
                        + "into the night sky and forcing the evacuation of the fishing town of Grindavik for the "
                        + "third time this year. The eruption began after a swarm of earthquakes, the Icelandic "
                        + "Meteorological Office said. Civil protection authorities raised the alert level to "
                        + "emergency and rescue teams closed roads near the fissure. Lava flowed towards defensive "
                        + "barriers built to protect the town and a geothermal power plant. No injuries were reported, "
                        + "and scientists said the eruption could last for weeks. Residents were evacuated overnight.")
                .build());

        assertEquals(
                "disaster, accident and emergency incident",
                article.topics().get(0).label(),
                article.topics()::toString);
        assertTrue(
                article.topics().stream().noneMatch(topic -> topic.label().startsWith("economy")),
                article.topics()::toString);
    }

    @Test
    void shouldLabelATrainCrashAnAccidentAndAHeatwaveWeather() {
        EnrichedArticle crash = analyzer.enrich(Articles.anArticle()
                .withTitle("Train derails near Brescia")
                .withBody("A regional train derailed near Brescia on Monday after a collision with a lorry at a level "
                        + "crossing, the regional government said. Debris was scattered along the track. President "
                        + "Sergio Mattarella sent a message of sympathy, and the transport minister said the government "
                        + "would open an inquiry. Prosecutors opened an investigation into the derailment.")
                .build());
        EnrichedArticle heat = analyzer.enrich(Articles.anArticle()
                .withTitle("Spain swelters in its hottest summer")
                .withBody("Spain recorded its hottest day of the year on Sunday as a scorching heatwave pushed "
                        + "temperatures above 44 degrees Celsius, the state meteorological agency said. The drought has "
                        + "cut the wheat harvest, farmers said, and humid nights gave little relief, with thunderstorms "
                        + "forecast for the north. Prices of olive oil rose on the markets.")
                .build());

        assertEquals(
                "disaster, accident and emergency incident",
                crash.topics().get(0).label(),
                crash.topics()::toString);
        assertEquals("weather", heat.topics().get(0).label(), heat.topics()::toString);
    }

    @Test
    void shouldTakeTheDatelinesPlaceForALocation() {
        EnrichedArticle article = analyzer.enrich(Articles.anArticle()
                .withTitle("Kenyan teenager breaks meeting record")
                .withBody("OSLO (Newsflow Wire) — Kenya's Ruth Wanjala Kiprop, 18, won the women's 5,000 metres at"
                        + " Bislett Stadium on Thursday in a meeting record.")
                .build());

        Entity oslo = entity(article, "Oslo").orElseThrow(() -> new AssertionError(article.entities()));
        assertEquals(EntityType.LOCATION, oslo.type());
    }

    @Test
    void shouldNameARoyalByTitleButNotAnOfficeHolder() {
        EnrichedArticle article = analyzer.enrich(Articles.anArticle()
                .withTitle("Royal visit to the cathedral")
                .withBody("Prince William visited Westminster Cathedral on Sunday, where Cardinal Vincent Nichols "
                        + "showed him the restored chapel. Nichols said the visit had lifted the parish. The Saudi "
                        + "prince Alwaleed bin Talal sent a gift.")
                .build());

        assertTrue(entity(article, "Prince William").isPresent(), article.entities()::toString);
        assertTrue(
                article.entities().stream().noneMatch(entity -> entity.name().startsWith("prince")),
                article.entities()::toString);
        Entity nichols = entity(article, "Vincent Nichols").orElseThrow(() -> new AssertionError(article.entities()));
        assertTrue(nichols.aliases().contains("Nichols"), nichols::toString);
    }

    @Test
    void shouldGiveASportsReportTheSportTopic() {
        EnrichedArticle article = analyzer.enrich(Articles.anArticle()
                .withTitle("Late double keeps Harbour City in the title race")
                .withBody("Jamal Osei scored twice in the last ten minutes as Harbour City beat league leaders "
                        + "Northgate United 2-1 at the Quayside Stadium on Saturday.\n\nThe striker's second goal, a "
                        + "header from a corner, sent the home fans into raptures. \"I told him to go out there and "
                        + "frighten them,\" said coach Siobhan Kearney. The club are now two points behind with "
                        + "five matches of the season left.")
                .build());

        assertEquals("sport", article.topics().get(0).label(), article.topics()::toString);
        assertEquals("Siobhan Kearney", speakerOf(article.quotes(), "I told him"));
    }

    @Test
    void shouldLeaveAnArticleInAnotherLanguageWithoutEntitiesRatherThanWrongOnes() {
        EnrichedArticle article = analyzer.enrich(Articles.anArticle()
                .withTitle("Inondations en Émilie-Romagne")
                .withLanguage(null)
                .withBody("Les secours ont évacué mille deux cents personnes mardi après la crue du fleuve, a indiqué "
                        + "la protection civile. Les dégâts agricoles sont estimés à plusieurs centaines de millions "
                        + "d'euros selon les premières estimations des autorités régionales.")
                .build());

        assertEquals("fr", article.language());
        assertEquals(List.of(), article.entities());
        assertTrue(article.wordCount() > 0);
    }

    @Test
    void shouldKeepTheSpeakerOfAContinuedQuotationAndReadPastHonorifics() {
        EnrichedArticle article = analyzer.enrich(Articles.anArticle()
                .withTitle("Glaciers lose ice")
                .withBody("\"We are no longer talking about glaciers retreating slowly,\" said Dr. Nadia Brunner, the "
                        + "observatory's director. \"Some of the smaller ones are simply falling apart.\"\n\n"
                        + "Kenya's Ruth Wanjala Kiprop won the race in Oslo. \"I wanted to wait until the last lap,\" "
                        + "Kiprop said.")
                .build());

        assertEquals("Nadia Brunner", speakerOf(article.quotes(), "We are no longer talking"));
        assertEquals("Nadia Brunner", speakerOf(article.quotes(), "Some of the smaller ones"));
        assertEquals("Ruth Wanjala Kiprop", speakerOf(article.quotes(), "I wanted to wait"));
        assertTrue(
                entity(article, "Ruth Wanjala Kiprop").orElseThrow().aliases().contains("Kiprop"));
    }
}
