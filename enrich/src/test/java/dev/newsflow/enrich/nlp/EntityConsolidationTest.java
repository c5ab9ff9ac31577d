package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

    /** The kind of each entity the mentions consolidate to. */
    private static Map<String, EntityType> types(String body, Mention... mentions) {
        return EntityConsolidation.consolidate(List.of(mentions), body, mentions.length).stream()
                .collect(Collectors.toMap(Entity::name, Entity::type));
    }

    @Test
    void shouldGroupAnAlternationByFirstLetterAndMatchWhatTheFlatOneMatches() {
        List<String> words = List.of("chairman", "chair", "chief", "MP", "mayor", "son");
        String grouped = EntityConsolidation.alternation(words);
        Pattern byLetter = Pattern.compile("(?i:\\b" + grouped + ")\\s+(\\p{Lu}\\w*)");
        Pattern flat = Pattern.compile("(?i:\\b(?:" + String.join("|", words) + "))\\s+(\\p{Lu}\\w*)");
        String text = "Chairman Ann, the chair Bob, chief Cy, mp Di, the Mayor Ed, his son Fay, chairs Gus, Person Hal";

        assertEquals("(?:c(?:hairman|hair|hief)|m(?:P|ayor)|s(?:on))", grouped);
        assertEquals(matches(flat, text), matches(byLetter, text));
        assertEquals(List.of("Ann", "Bob", "Cy", "Di", "Ed", "Fay"), matches(byLetter, text));
    }

    private static List<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(m -> m.group(1)).toList();
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
                mention("Allied Workers Union", EntityType.ORGANIZATION, 4),
                mention("Boston Celtics", EntityType.ORGANIZATION, 5),
                mention("Celtics", EntityType.ORGANIZATION, 6),
                mention("European Commission", EntityType.ORGANIZATION, 7),
                mention("Commission", EntityType.ORGANIZATION, 8));

        assertEquals(
                List.of("Allied Workers Union"),
                entities.get("Distribution and Allied Workers Union").aliases());
        assertEquals(List.of("Celtics"), entities.get("Boston Celtics").aliases());
        assertEquals(List.of("Commission"), entities.get("European Commission").aliases());
        assertEquals(3, entities.size(), entities::toString);
    }

    @Test
    void shouldNameANewspaperWithItsTheAndKeepTheTimesApartFromTheFinancialTimes() {
        Map<String, Entity> entities = consolidate(
                mention("The Times", EntityType.ORGANIZATION, 0),
                mention("Times", EntityType.ORGANIZATION, 2),
                mention("Financial Times", EntityType.ORGANIZATION, 3));
        Map<String, Entity> mirror = consolidate(
                mention("Daily Mirror", EntityType.ORGANIZATION, 0), mention("The Mirror", EntityType.ORGANIZATION, 2));

        assertEquals(List.of("Times"), entities.get("The Times").aliases());
        assertEquals(2, entities.get("The Times").mentions());
        assertEquals(List.of(), entities.get("Financial Times").aliases());
        assertEquals(List.of("The Mirror"), mirror.get("Daily Mirror").aliases(), "the Daily's The is the same paper");
    }

    @Test
    void shouldKeepABodyApartFromTheCompetitionItsAcronymOpens() {
        Map<String, Entity> entities = consolidate(
                mention("UEFA Conference League", EntityType.ORGANIZATION, 0),
                mention("UEFA", EntityType.ORGANIZATION, 3));

        assertEquals(1, entities.get("UEFA").mentions(), entities::toString);
        assertEquals(List.of(), entities.get("UEFA Conference League").aliases(), entities::toString);
    }

    @Test
    void shouldCountAnEmployerAfterAJobAsAnOrganizationsVote() {
        String body =
                "\"It's a reset,\" said Philippe Houchois, an analyst at Jefferies in London. Economists with the "
                        + "Kiel Institute agreed. The analyst at London airport disagreed.";

        Map<String, EntityType> types = types(
                body,
                mention("Philippe Houchois", EntityType.PERSON, 0),
                mention("Jefferies", EntityType.LOCATION, 0),
                mention("London", EntityType.LOCATION, 0),
                mention("Kiel Institute", EntityType.LOCATION, 1));

        assertEquals(EntityType.ORGANIZATION, types.get("Jefferies"));
        assertEquals(EntityType.ORGANIZATION, types.get("Kiel Institute"));
        assertEquals(EntityType.LOCATION, types.get("London"));
        assertEquals(EntityType.PERSON, types.get("Philippe Houchois"));
    }

    @Test
    void shouldMakeANameAnOrganizationWhereTheTextTwiceSpeaksOfItAsOne() {
        String body = "Mars said it would buy Kellanova, the company behind Pringles. Shares of Kellanova rose. "
                + "Kellanova was spun off last year. In Detroit, the carmaker said nothing. Jones, the company's "
                + "founder, said shares of Jones rose.";

        Map<String, EntityType> types = types(
                body,
                mention("Mars", EntityType.ORGANIZATION, 0),
                mention("Kellanova", EntityType.PERSON, 0),
                mention("Kellanova", EntityType.PERSON, 1),
                mention("Kellanova", EntityType.PERSON, 2),
                mention("Detroit", EntityType.LOCATION, 3),
                mention("Jones", EntityType.PERSON, 4),
                mention("Jones", EntityType.PERSON, 4));

        assertEquals(EntityType.ORGANIZATION, types.get("Kellanova"));
        // not after a preposition, nor a company's founder
        assertEquals(EntityType.LOCATION, types.get("Detroit"));
        assertEquals(EntityType.PERSON, types.get("Jones"));
    }

    @Test
    void shouldTakeSharesThatFellAndWhatTheNameOwnsAsCuesOfAnOrganizationWhereTheModelSawNoPlace() {
        String body = "Stellantis, which also owns the Chrysler brand, was disappointed. Stellantis shares fell 2.4%. "
                + "Stellantis said so. London shares fell. Brazil, which owns the rights, said no. London shares rose.";

        Map<String, EntityType> types = types(
                body,
                mention("Stellantis", EntityType.PERSON, 0),
                mention("Stellantis", EntityType.PERSON, 1),
                mention("Stellantis", EntityType.PERSON, 2),
                mention("London", EntityType.LOCATION, 3),
                mention("London", EntityType.LOCATION, 4),
                mention("Brazil", EntityType.LOCATION, 5));

        assertEquals(EntityType.ORGANIZATION, types.get("Stellantis"));
        assertEquals(EntityType.LOCATION, types.get("London"));
        assertEquals(EntityType.LOCATION, types.get("Brazil"));
    }

    @Test
    void shouldTakeACompanysClosingPriceAndChiefExecutiveAsCuesOfAnOrganization() {
        String body = "Siemens agreed to buy Nordvind. Nordvind's closing price jumped. Nordvind's chief executive "
                + "backed the offer. Siemens' chief executive Roland Busch and Siemens' share price said so. Lassen's "
                + "shareholders game sold. Shares in London fell. London's stock market and London's shares rose. "
                + "Pakistan's board met. Pakistan's board spoke.";

        Map<String, EntityType> types = types(
                body,
                mention("Siemens", EntityType.PERSON, 0),
                mention("Nordvind", EntityType.PERSON, 0),
                mention("Nordvind", EntityType.PERSON, 1),
                mention("Nordvind", EntityType.PERSON, 2),
                mention("Roland Busch", EntityType.PERSON, 3),
                mention("Lassen", EntityType.PERSON, 4),
                mention("London", EntityType.LOCATION, 5),
                mention("London", EntityType.LOCATION, 6),
                mention("London", EntityType.LOCATION, 6),
                mention("Pakistan", EntityType.LOCATION, 7));

        assertEquals(EntityType.ORGANIZATION, types.get("Nordvind"));
        // "Siemens'": the plural's apostrophe
        assertEquals(EntityType.ORGANIZATION, types.get("Siemens"));
        // a place's shares, stock market and board are not cues ("Pakistan's board" runs its cricket)
        assertEquals(EntityType.LOCATION, types.get("London"));
        assertEquals(EntityType.LOCATION, types.get("Pakistan"));
        // one cue alone does not outvote the name finder
        assertEquals(EntityType.PERSON, types.get("Lassen"));
    }

    @Test
    void shouldTakeTheKindOfOrganizationOrPlaceTheTextSaysANameIsOverTheModelsGuess() {
        String body = "Analysts at the agricultural consultancy Olivar Insights said prices fell. Alpwerk Energie, a "
                + "regional utility that runs 14 plants, agreed. The line, run by the regional transport authority "
                + "Rhône Mobilités, opened in the capital, Castelmar, on Friday. Hale, a union leader, and Jones, the "
                + "bank manager, spoke. The head of the troubled Child Support Agency Doug Smith, the founder of the CGA "
                + "consultancy Jeanne-Marie Gescher and Jo Flaherty, a senior broadcaster with CBS, agreed. Alfa-Eco, "
                + "the venture capital arm of Alfa Group, sold.";

        Map<String, EntityType> types = types(
                body,
                mention("Olivar Insights", EntityType.PERSON, 0),
                mention("Alpwerk Energie", EntityType.PERSON, 1),
                mention("Rhône Mobilités", EntityType.LOCATION, 2),
                mention("Castelmar", EntityType.ORGANIZATION, 2),
                mention("Hale", EntityType.PERSON, 3),
                mention("Jones", EntityType.PERSON, 3),
                mention("Doug Smith", EntityType.PERSON, 4),
                mention("Jeanne-Marie Gescher", EntityType.PERSON, 4),
                mention("Jo Flaherty", EntityType.PERSON, 4),
                mention("Alfa-Eco", EntityType.ORGANIZATION, 5));

        assertEquals(EntityType.ORGANIZATION, types.get("Olivar Insights"));
        assertEquals(EntityType.ORGANIZATION, types.get("Alpwerk Energie"));
        assertEquals(EntityType.ORGANIZATION, types.get("Rhône Mobilités"));
        assertEquals(EntityType.LOCATION, types.get("Castelmar"));
        // a kind before another noun is that noun's qualifier: a union leader, a bank manager
        assertEquals(EntityType.PERSON, types.get("Hale"));
        assertEquals(EntityType.PERSON, types.get("Jones"));
        // a capitalised kind is a name's; a kind with a name before it is that name's; a trade is a person's too
        assertEquals(EntityType.PERSON, types.get("Doug Smith"));
        assertEquals(EntityType.PERSON, types.get("Jeanne-Marie Gescher"));
        assertEquals(EntityType.PERSON, types.get("Jo Flaherty"));
        // "the venture capital arm" is no capital city
        assertEquals(EntityType.ORGANIZATION, types.get("Alfa-Eco"));
    }

    @Test
    void shouldNotLetTheKindSaidOnceOutweighAModelThatNamedItOtherwiseThreeTimes() {
        String body = "Morgan said so. Morgan spoke. Morgan left the bank Morgan had run.";

        Map<String, EntityType> types = types(
                body,
                mention("Morgan", EntityType.PERSON, 0),
                mention("Morgan", EntityType.PERSON, 1),
                mention("Morgan", EntityType.PERSON, 2));

        assertEquals(EntityType.PERSON, types.get("Morgan"));
    }

    @Test
    void shouldTakeNoHolidayForAPlaceOrAnOrganizationButLetAPersonBeNamedSo() {
        Map<String, Entity> entities = consolidate(
                mention("Christmas", EntityType.LOCATION, 0),
                mention("Easter", EntityType.ORGANIZATION, 1),
                mention("Ramadan", EntityType.PERSON, 2));

        assertEquals(List.of("Ramadan"), List.copyOf(entities.keySet()));
    }

    @Test
    void shouldTakeAnAnalystsEmployerForAnOrganizationAndADistrictOrAMayorsTownForAPlace() {
        String body = "Jefferies analyst Simon Toennessen agreed. Homes fell in the Battalgazi district, on Iceland's "
                + "Reykjanes peninsula and in the Kurdish region and the Welsh region, said the former mayor of Providencia.";

        Map<String, EntityType> types = types(
                body,
                mention("Jefferies", EntityType.PERSON, 0),
                mention("Simon Toennessen", EntityType.PERSON, 0),
                mention("Battalgazi", EntityType.MISC, 1),
                mention("Iceland", EntityType.LOCATION, 1),
                mention("Reykjanes", EntityType.MISC, 1),
                mention("Kurdish", EntityType.MISC, 1),
                mention("Welsh", EntityType.MISC, 1),
                mention("Providencia", EntityType.ORGANIZATION, 1));

        assertEquals(EntityType.ORGANIZATION, types.get("Jefferies"));
        assertEquals(EntityType.PERSON, types.get("Simon Toennessen"));
        assertEquals(EntityType.LOCATION, types.get("Battalgazi"));
        assertEquals(EntityType.LOCATION, types.get("Reykjanes"));
        assertEquals(EntityType.MISC, types.get("Kurdish"));
        assertEquals(EntityType.MISC, types.get("Welsh"));
        assertEquals(EntityType.LOCATION, types.get("Providencia"));
    }

    @Test
    void shouldMergeAnAcronymOfAnAbbreviationOrWithASmallWordInLowerCase() {
        List<Entity> entities = EntityConsolidation.consolidate(
                List.of(
                        mention("U.S. Geological Survey", EntityType.ORGANIZATION, 0),
                        mention("USGS", EntityType.ORGANIZATION, 0),
                        mention("Bank of England", EntityType.ORGANIZATION, 1),
                        mention("BoE", EntityType.LOCATION, 2)),
                "The quake struck, the U.S. Geological Survey (USGS) said. The Bank of England held. The BoE waited.",
                3);

        assertEquals(2, entities.size(), entities::toString);
        assertEquals(
                List.of("USGS"),
                entities.stream()
                        .filter(e -> e.name().equals("U.S. Geological Survey"))
                        .findFirst()
                        .orElseThrow()
                        .aliases());
        assertEquals(
                List.of("BoE"),
                entities.stream()
                        .filter(e -> e.name().equals("Bank of England"))
                        .findFirst()
                        .orElseThrow()
                        .aliases());
    }

    @Test
    void shouldTakeNoWordCapitalisedBeforeANumberForAnEntity() {
        Map<String, Entity> entities = consolidate(
                mention("No.", EntityType.ORGANIZATION, 0),
                mention("Category", EntityType.ORGANIZATION, 1),
                mention("GMT", EntityType.MISC, 2),
                mention("Exchequer", EntityType.LOCATION, 3));

        assertEquals(Map.of(), entities);
    }

    @Test
    void shouldMergeAFirstNameIntoTheFullNameWhenTheFullAndLastNamesAreSaidAsOften() {
        Map<String, Entity> entities = consolidate(
                mention("Jannik Sinner", EntityType.PERSON, 0),
                mention("Sinner", EntityType.PERSON, 1),
                mention("Sinner", EntityType.PERSON, 2),
                mention("Jannik", EntityType.PERSON, 3),
                mention("Jannik", EntityType.PERSON, 4),
                mention("Jannik", EntityType.PERSON, 5));

        assertEquals(1, entities.size(), entities::toString);
        assertEquals(6, entities.get("Jannik Sinner").mentions());
    }

    @Test
    void shouldTakeThePlacesAPluralKindListsForPlaces() {
        String body = "Evacuations were ordered in 17 counties, including Pinellas, Hillsborough and Levy.";

        Map<String, EntityType> types = types(
                body,
                mention("Pinellas", EntityType.ORGANIZATION, 0),
                mention("Hillsborough", EntityType.ORGANIZATION, 0),
                mention("Levy", EntityType.PERSON, 0));

        assertEquals(
                Map.of(
                        "Pinellas", EntityType.LOCATION,
                        "Hillsborough", EntityType.LOCATION,
                        "Levy", EntityType.LOCATION),
                types);
    }

    @Test
    void shouldTakeAnEmployerBeforeASpokesmanForAnOrganizationWhereSomethingIsBasedForAPlaceAndAStormForMisc() {
        String body = "\"It will get hotter,\" said AEMET spokesman Ruben del Campo. A Leeds-based lender left Leeds. "
                + "Typhoon Pakhar made landfall. Pakhar weakened as Pakhar moved north. Linux-based servers ran Linux.";

        Map<String, EntityType> types = types(
                body,
                mention("AEMET", EntityType.PERSON, 0),
                mention("Ruben del Campo", EntityType.PERSON, 0),
                mention("Leeds", EntityType.ORGANIZATION, 1),
                mention("Leeds", EntityType.LOCATION, 1),
                mention("Linux", EntityType.ORGANIZATION, 4),
                mention("Pakhar", EntityType.MISC, 2),
                mention("Pakhar", EntityType.PERSON, 3),
                mention("Pakhar", EntityType.PERSON, 3));

        assertEquals(EntityType.ORGANIZATION, types.get("AEMET"));
        assertEquals(EntityType.PERSON, types.get("Ruben del Campo"));
        assertEquals(EntityType.LOCATION, types.get("Leeds"));
        // software is based on something too: only a name once taken for a place is one
        assertEquals(EntityType.ORGANIZATION, types.get("Linux"));
        assertEquals(EntityType.MISC, types.get("Pakhar"));
    }

    @Test
    void shouldNameAPersonWithoutTheLettersAfterTheName() {
        Map<String, Entity> entities =
                consolidate(mention("Alison Morgan KC", EntityType.PERSON, 0), mention("Morgan", EntityType.PERSON, 1));

        assertEquals(List.of("Alison Morgan"), List.copyOf(entities.keySet()));
    }

    @Test
    void shouldFindAnOrganizationTheTextIntroducesWithItsAcronymWhereTheNameFinderMissedIt() {
        List<Entity> entities = EntityConsolidation.consolidate(
                List.of(mention("Saudi Arabia", EntityType.LOCATION, 0)),
                "The club is 85% owned by Saudi Arabia's Public Investment Fund (PIF). PIF declined to comment.",
                2);

        Entity fund = entities.stream()
                .filter(entity -> entity.name().equals("Public Investment Fund"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(entities));
        assertEquals(EntityType.ORGANIZATION, fund.type());
        assertEquals(List.of("PIF"), fund.aliases());
        assertEquals(3, fund.mentions());
    }

    @Test
    void shouldTakeTheShortNameInParenthesesOfAnAbbreviationAHyphenatedOrAForeignName() {
        String body = "the BC Wildfire Service (BCWS) said. The Thompson-Nicola Regional District (TNRD) ordered it. "
                + "The Federation Internationale de l'Automobile (FIA) ruled. The World Anti-Doping Agency (Wada) "
                + "said. The Indonesian Agency for Meteorology, Climatology and Geophysics (BMKG) "
                + "warned. BCWS, TNRD, FIA, Wada and BMKG agreed. Reporting by Jo Lee (Reuters). It struck near "
                + "Arequipa. Peru's Geophysical Institute (IGP) measured it. Meanwhile, in Spain, the State "
                + "Meteorological Agency (AEMET) issued a red alert. It struck near Palu, Indonesia's National "
                + "Disaster Mitigation Agency (BNPB) said.";
        List<Entity> entities = EntityConsolidation.consolidate(
                List.of(
                        mention("BC Wildfire Service", EntityType.ORGANIZATION, 0),
                        mention("Thompson-Nicola Regional District", EntityType.ORGANIZATION, 1),
                        mention("Federation Internationale de l'Automobile", EntityType.ORGANIZATION, 2),
                        mention("World Anti-Doping Agency", EntityType.ORGANIZATION, 3),
                        mention("Indonesian Agency for Meteorology", EntityType.ORGANIZATION, 4),
                        mention("BCWS", EntityType.ORGANIZATION, 5),
                        mention("TNRD", EntityType.ORGANIZATION, 5),
                        mention("FIA", EntityType.ORGANIZATION, 5),
                        mention("Wada", EntityType.PERSON, 5),
                        mention("BMKG", EntityType.ORGANIZATION, 5),
                        mention("Jo Lee", EntityType.PERSON, 6),
                        mention("Reuters", EntityType.ORGANIZATION, 6),
                        mention("Arequipa", EntityType.LOCATION, 7),
                        mention("Geophysical Institute", EntityType.ORGANIZATION, 8),
                        mention("Spain", EntityType.LOCATION, 9),
                        mention("State Meteorological Agency", EntityType.ORGANIZATION, 9),
                        mention("AEMET", EntityType.ORGANIZATION, 9),
                        mention("Palu", EntityType.LOCATION, 10),
                        mention("National Disaster Mitigation Agency", EntityType.ORGANIZATION, 10)),
                body,
                11);

        Map<String, List<String>> aliases = entities.stream().collect(Collectors.toMap(Entity::name, Entity::aliases));
        assertEquals(List.of("BCWS"), aliases.get("BC Wildfire Service"));
        assertEquals(List.of("TNRD"), aliases.get("Thompson-Nicola Regional District"));
        assertEquals(List.of("FIA"), aliases.get("Federation Internationale de l'Automobile"));
        assertEquals(List.of("Wada"), aliases.get("World Anti-Doping Agency"));
        // the name finder's piece of the name is no alias
        assertEquals(List.of("BMKG"), aliases.get("Indonesian Agency for Meteorology, Climatology and Geophysics"));
        // a news agency after a byline is no one's short name
        assertEquals(List.of(), aliases.get("Reuters"));
        // a sentence's end is no part of a name
        assertEquals(List.of("IGP"), aliases.get("Geophysical Institute"));
        assertEquals(List.of(), aliases.get("Arequipa"));
        // nor the words before a comma and a small word
        assertEquals(List.of("AEMET"), aliases.get("State Meteorological Agency"));
        // nor a place and a possessor before it
        assertEquals(List.of("BNPB"), aliases.get("National Disaster Mitigation Agency"), aliases::toString);
        assertEquals(13, entities.size(), entities::toString);
    }

    @Test
    void shouldMergeATownNamedAfterItsClubIntoTheClub() {
        Map<String, Entity> entities = consolidate(
                mention("FC Utrecht", EntityType.ORGANIZATION, 0),
                mention("Utrecht", EntityType.LOCATION, 2),
                mention("Utrecht", EntityType.LOCATION, 3),
                mention("Lisbon", EntityType.LOCATION, 0),
                mention("Lisbon SC", EntityType.ORGANIZATION, 4));

        assertEquals(List.of("Utrecht"), entities.get("FC Utrecht").aliases(), entities::toString);
        assertEquals(3, entities.get("FC Utrecht").mentions(), entities::toString);
        // a town named before its club is the town
        assertEquals(EntityType.LOCATION, entities.get("Lisbon").type(), entities::toString);
    }

    @Test
    void shouldMakeOneEntityOfANewsAgencysNameAndItsShortForm() {
        Map<String, Entity> entities = consolidate(
                mention("AP", EntityType.ORGANIZATION, 0),
                mention("Associated Press", EntityType.ORGANIZATION, 3),
                mention("AFP", EntityType.PERSON, 4));

        assertEquals(List.of("AP"), entities.get("Associated Press").aliases(), entities::toString);
        assertEquals(
                EntityType.ORGANIZATION, entities.get("Agence France-Presse").type(), entities::toString);
        assertEquals(2, entities.size(), entities::toString);
    }

    @Test
    void shouldTakeAShortNameMadeOfTheBeginningsOfTheNamesWords() {
        String body = "It borrowed from the African Export-Import Bank (Afreximbank). Afreximbank agreed. The Bay Area "
                + "Laboratory Cooperative (Balco) closed.";
        List<Entity> entities = EntityConsolidation.consolidate(
                List.of(
                        mention("African Export-Import Bank", EntityType.ORGANIZATION, 0),
                        mention("Afreximbank", EntityType.ORGANIZATION, 1),
                        mention("Bay Area Laboratory Cooperative", EntityType.ORGANIZATION, 2),
                        mention("Balco", EntityType.ORGANIZATION, 2)),
                body,
                3);

        Map<String, List<String>> aliases = entities.stream().collect(Collectors.toMap(Entity::name, Entity::aliases));
        assertEquals(List.of("Afreximbank"), aliases.get("African Export-Import Bank"));
        assertEquals(List.of("Balco"), aliases.get("Bay Area Laboratory Cooperative"));
        assertEquals(2, entities.size(), entities::toString);
        assertFalse(EntityConsolidation.spelledBySyllables("Ministry of Health", "Kenya"));
        List<Entity> foreign = EntityConsolidation.consolidate(
                List.of(
                        mention("Comisión Nacional del Mercado de Valores", EntityType.MISC, 0),
                        mention("CNMV", EntityType.ORGANIZATION, 0),
                        mention("Indonesian Military", EntityType.MISC, 1),
                        mention("TNI", EntityType.ORGANIZATION, 1)),
                "Spain's regulator, the Comisión Nacional del Mercado de Valores (CNMV), agreed. It sent the "
                        + "Indonesian Military (TNI).",
                2);
        // accented letters in the name, and an army's acronym of its own language's name
        assertEquals(
                Map.of(
                        "Comisión Nacional del Mercado de Valores", List.of("CNMV"),
                        "Indonesian Military", List.of("TNI")),
                foreign.stream().collect(Collectors.toMap(Entity::name, Entity::aliases)));
        assertFalse(EntityConsolidation.spelledBySyllables("John Smith", "Johnny"));
    }

    @Test
    void shouldTakeNoWordThatIsCapitalisedOnlyToOpenASentenceAndWrittenInLowerCaseElsewhere() {
        String body = "Water surged down the valley. \"Ash is a real danger,\" she said of the ash. Boeing said it "
                + "would fly. Italy agreed, as Boeing did. The water rose.";
        Map<String, EntityType> types = types(
                body,
                new Mention("Water", EntityType.LOCATION, 0, true),
                new Mention("Ash", EntityType.LOCATION, 1, true),
                new Mention("Boeing", EntityType.ORGANIZATION, 2, true),
                new Mention("Italy", EntityType.LOCATION, 3, true),
                new Mention("Boeing", EntityType.ORGANIZATION, 3, false));

        // "Italy" opens its sentence and ends in -ly, like "Currently": only a name inside a sentence saves a word
        assertEquals(Map.of("Boeing", EntityType.ORGANIZATION), types);
    }

    @Test
    void shouldMakeOneOrganizationOfANameIntroducedWithItsAcronymThatTheNameFinderCutInPieces() {
        String body = "It must face the Committee on Foreign Investment in the United States (CFIUS), which reviews "
                + "deals. CFIUS has 45 days. The United States welcomed it.";
        List<Entity> entities = EntityConsolidation.consolidate(
                List.of(
                        mention("Committee", EntityType.ORGANIZATION, 0),
                        mention("Foreign Investment", EntityType.ORGANIZATION, 0),
                        mention("United States", EntityType.LOCATION, 0),
                        mention("CFIUS", EntityType.ORGANIZATION, 1),
                        mention("United States", EntityType.LOCATION, 2)),
                body,
                3);

        assertEquals(
                Map.of(
                        "Committee on Foreign Investment in the United States", EntityType.ORGANIZATION,
                        "United States", EntityType.LOCATION),
                entities.stream().collect(Collectors.toMap(Entity::name, Entity::type)));
    }

    @Test
    void shouldKeepThePossessiveOfANameThatEndsInOneAndDropAPossessorsOwn() {
        Map<String, Entity> entities = consolidate(
                mention("Moody's", EntityType.ORGANIZATION, 0),
                mention("Moody", EntityType.ORGANIZATION, 1),
                mention("Arsenal's", EntityType.ORGANIZATION, 2),
                mention("Arsenal", EntityType.ORGANIZATION, 3));

        assertEquals(
                Map.of("Moody's", 2, "Arsenal", 2),
                entities.values().stream().collect(Collectors.toMap(Entity::name, Entity::mentions)));
    }

    @Test
    void shouldTakeTheCountryForUsInCapitalsAndThePronounOtherwise() {
        Map<String, Entity> entities = consolidate(
                mention("US", EntityType.LOCATION, 0),
                mention("U.S.", EntityType.LOCATION, 1),
                mention("Us", EntityType.MISC, 2));

        assertEquals(List.of("United States"), List.copyOf(entities.keySet()));
        assertEquals(2, entities.get("United States").mentions());
    }

    @Test
    void shouldTakeAOneWordNameTheTextOnceCallsACompanyInAppositionForAnOrganization() {
        String body = "Zolva, a Swedish startup that lets shops offer instalments, raised $220 million. Zolva said "
                + "so. Zolva will hire. Zolva grew. Zolva is profitable.";

        Map<String, EntityType> types = types(
                body,
                mention("Zolva", EntityType.PERSON, 0),
                mention("Zolva", EntityType.PERSON, 1),
                mention("Zolva", EntityType.PERSON, 2),
                mention("Zolva", EntityType.PERSON, 3),
                mention("Zolva", EntityType.PERSON, 4));

        assertEquals(EntityType.ORGANIZATION, types.get("Zolva"));
    }

    @Test
    void shouldLetOrganizationCuesGoWithTheVotesOfANameMergedIntoAPerson() {
        String body = "Shares of Ford fell. Jim Farley, an analyst at Ford, said. Henry Ford founded it.";

        Map<String, EntityType> types = types(
                body,
                mention("Henry Ford", EntityType.PERSON, 2),
                mention("Henry Ford", EntityType.PERSON, 2),
                mention("Ford", EntityType.ORGANIZATION, 0));

        assertEquals(EntityType.PERSON, types.get("Henry Ford"));
    }

    @Test
    void shouldTakeNoCueFromAPlaceBeforeASiteNorFromAMemberOfAGroup() {
        String body =
                "said an analyst at London Heathrow airport. Smith, a member of the group, and Smith, a fan of the "
                        + "bank, spoke.";

        Map<String, EntityType> types = types(
                body,
                mention("London", EntityType.LOCATION, 0),
                mention("Smith", EntityType.PERSON, 1),
                mention("Smith", EntityType.PERSON, 1));

        assertEquals(EntityType.LOCATION, types.get("London"));
        assertEquals(EntityType.PERSON, types.get("Smith"));
    }

    @Test
    void shouldMergeAnAcronymIntoTheOneNameWhoseInitialsSpellIt() {
        Map<String, Entity> entities = consolidate(
                mention("United Auto Workers", EntityType.ORGANIZATION, 0),
                mention("UAW", EntityType.ORGANIZATION, 1),
                mention("Department of Water and Power", EntityType.LOCATION, 2),
                mention("DWP", EntityType.ORGANIZATION, 3),
                mention("DWP", EntityType.ORGANIZATION, 3),
                mention("Joe Biden", EntityType.PERSON, 4),
                mention("JB", EntityType.ORGANIZATION, 5),
                mention("Allied Workers Union", EntityType.ORGANIZATION, 6),
                mention("American Wrestling Union", EntityType.ORGANIZATION, 7),
                mention("AWU", EntityType.ORGANIZATION, 8),
                mention("South African", EntityType.MISC, 9),
                mention("SA", EntityType.ORGANIZATION, 9));

        assertEquals(List.of("UAW"), entities.get("United Auto Workers").aliases());
        assertEquals(
                EntityType.ORGANIZATION,
                entities.get("Department of Water and Power").type());
        assertEquals(
                List.of("DWP"), entities.get("Department of Water and Power").aliases());
        // not a person's initials, and not a guess between two names
        assertEquals(EntityType.ORGANIZATION, entities.get("JB").type());
        assertEquals(EntityType.ORGANIZATION, entities.get("AWU").type());
        // nor a nationality's
        assertEquals(EntityType.MISC, entities.get("South African").type());
        assertEquals(9, entities.size(), entities::toString);
    }

    @Test
    void shouldNotGuessBetweenTwoOrganizationsOneStartingAndOneEndingWithTheShortForm() {
        Map<String, Entity> entities = consolidate(
                mention("Telegraph Group", EntityType.ORGANIZATION, 0),
                mention("Daily Telegraph", EntityType.ORGANIZATION, 1),
                mention("Telegraph", EntityType.ORGANIZATION, 2));

        assertEquals(3, entities.size(), entities::toString);
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
    void shouldMergeABodyCalledByItsKindIntoTheOneNameThatIsThatKindOfSomething() {
        Map<String, Entity> entities = consolidate(
                mention("Bank of England", EntityType.ORGANIZATION, 0),
                mention("Bank Rate", EntityType.ORGANIZATION, 1),
                mention("Bank", EntityType.ORGANIZATION, 2),
                mention("Bank", EntityType.ORGANIZATION, 3));

        assertEquals(3, entities.get("Bank of England").mentions(), entities::toString);
        assertEquals(2, entities.size(), entities::toString);
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

    @Test
    void shouldMakeOnePersonOfAFullNameAndItsFirstAndLastNamesWhateverTheModelTypedThem() {
        Map<String, Entity> entities = consolidate(
                mention("Jannik Sinner", EntityType.LOCATION, 0),
                mention("Sinner", EntityType.MISC, 2),
                mention("Jannik", EntityType.PERSON, 3),
                mention("Sinner", EntityType.MISC, 4));

        Entity sinner = entities.get("Jannik Sinner");
        assertEquals(1, entities.size(), entities::toString);
        assertEquals(EntityType.PERSON, sinner.type());
        assertEquals(4, sinner.mentions());
    }

    @Test
    void shouldNotTakeAPlaceForAPersonsFirstName() {
        Map<String, Entity> entities = consolidate(
                mention("Jordan Henderson", EntityType.PERSON, 0), mention("Jordan", EntityType.LOCATION, 1));

        assertEquals(EntityType.LOCATION, entities.get("Jordan").type());
        assertEquals(2, entities.size(), entities::toString);
    }

    @Test
    void shouldMergeACompanyWithAndWithoutItsLegalForm() {
        Map<String, Entity> entities = consolidate(
                mention("Siemens AG", EntityType.ORGANIZATION, 0),
                mention("Siemens", EntityType.ORGANIZATION, 1),
                mention("Siemens Digital Industries Software", EntityType.ORGANIZATION, 2));

        assertEquals(List.of("Siemens"), entities.get("Siemens AG").aliases());
        assertEquals(2, entities.size(), entities::toString);
    }

    @Test
    void shouldDropALeadingTheUnlessOneWordFollows() {
        Map<String, Entity> entities = consolidate(
                mention("The World Health Organization", EntityType.ORGANIZATION, 0),
                mention("World Health Organization", EntityType.ORGANIZATION, 1),
                mention("The Hague", EntityType.LOCATION, 2));

        assertEquals(2, entities.get("World Health Organization").mentions());
        assertEquals(EntityType.LOCATION, entities.get("The Hague").type());
    }

    @Test
    void shouldNameACompanyKnownOnlyWithItsLegalFormByThatForm() {
        Map<String, Entity> entities = consolidate(
                mention("Altair Engineering Inc.", EntityType.ORGANIZATION, 0),
                mention("Altair", EntityType.ORGANIZATION, 1));

        assertEquals(List.of("Altair"), entities.get("Altair Engineering Inc.").aliases());
    }

    @Test
    void shouldTakeAnAcronymAfterAnOrganizationsNameForItsAliasEvenIfItSpellsAnotherLanguage() {
        String body = "according to the Disaster and Emergency Management Authority (AFAD). AFAD sent tents.";
        List<Entity> entities = EntityConsolidation.consolidate(
                List.of(
                        mention("Emergency Management Authority", EntityType.ORGANIZATION, 0),
                        mention("AFAD", EntityType.ORGANIZATION, 1)),
                body,
                2);

        assertEquals(1, entities.size(), entities::toString);
        assertEquals(
                "Disaster and Emergency Management Authority", entities.get(0).name());
        // the name finder's piece of the name is no alias
        assertEquals(List.of("AFAD"), entities.get(0).aliases());
    }

    @Test
    void shouldNotMergeAMuchNamedSurnameIntoAPhraseThatStartsWithIt() {
        Map<String, Entity> entities = consolidate(
                mention("Trump", EntityType.PERSON, 0),
                mention("Trump", EntityType.PERSON, 1),
                mention("Trump Tilts", EntityType.PERSON, 2));

        assertEquals(2, entities.get("Trump").mentions());
        assertEquals(2, entities.size(), entities::toString);
    }

    @Test
    void shouldCountAnUntaggedAcronymOfOneOrganizationsInitialsAsItsUse() {
        String body = "The World Health Organization said cases rose. The WHO's director spoke. WHO staff and the "
                + "International Rescue Committee (IRC) helped. The IRC said so.";

        List<Entity> entities = EntityConsolidation.consolidate(
                List.of(
                        mention("World Health Organization", EntityType.ORGANIZATION, 0),
                        mention("International Rescue Committee", EntityType.ORGANIZATION, 2)),
                body,
                3);

        Entity who = entities.stream()
                .filter(e -> e.name().equals("World Health Organization"))
                .findFirst()
                .orElseThrow();
        Entity irc = entities.stream()
                .filter(e -> e.name().equals("International Rescue Committee"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("WHO"), who.aliases());
        assertEquals(3, who.mentions());
        // introduced in parentheses: counted once, not again as initials
        assertEquals(3, irc.mentions());
    }

    @Test
    void shouldLeaveAWordThatNamesTwoPeopleOrAnotherNameApart() {
        Map<String, Entity> entities = consolidate(
                mention("Michael Jordan", EntityType.PERSON, 0),
                mention("Jordan Henderson", EntityType.PERSON, 1),
                mention("Jordan Henderson", EntityType.PERSON, 2),
                mention("Jordan", EntityType.PERSON, 3),
                mention("George Walker Bush", EntityType.PERSON, 4),
                mention("Kyle Walker", EntityType.ORGANIZATION, 5),
                mention("Walker", EntityType.PERSON, 6));

        assertEquals(1, entities.get("Jordan").mentions(), entities::toString);
        // not the middle name of George Walker Bush: the last name of the one name it ends, said once
        assertEquals(List.of("Walker"), entities.get("Kyle Walker").aliases(), entities::toString);
        assertEquals(1, entities.get("George Walker Bush").mentions(), entities::toString);
    }

    @Test
    void shouldMakeANameSaidOnceThePersonItsLastWordNamesAlone() {
        String body = "Kenya's Faith Chebet beat Ethiopia's Tsige Worku and American favourite Jordan Miles. Chebet "
                + "and Worku hugged. Miles said little. The Gambling Bill would curb gambling, said Bill. Villa were at Aston Villa.";
        List<Entity> entities = EntityConsolidation.consolidate(
                List.of(
                        mention("Faith Chebet", EntityType.ORGANIZATION, 0),
                        mention("Tsige Worku", EntityType.LOCATION, 0),
                        mention("Jordan Miles", EntityType.LOCATION, 0),
                        mention("Chebet", EntityType.PERSON, 1),
                        mention("Worku", EntityType.PERSON, 1),
                        mention("Miles", EntityType.PERSON, 2),
                        mention("Gambling Bill", EntityType.ORGANIZATION, 3),
                        mention("Bill", EntityType.PERSON, 3),
                        mention("Aston Villa", EntityType.ORGANIZATION, 4),
                        mention("Aston Villa", EntityType.ORGANIZATION, 4),
                        mention("Villa", EntityType.PERSON, 4)),
                body,
                5);
        Map<String, Entity> byName = entities.stream().collect(java.util.stream.Collectors.toMap(Entity::name, e -> e));

        for (String person : List.of("Faith Chebet", "Tsige Worku", "Jordan Miles")) {
            assertEquals(EntityType.PERSON, byName.get(person).type(), person);
            assertEquals(2, byName.get(person).mentions(), person);
        }
        // a common word first ("gambling" is in the text), or a name said twice: not a person's full name
        assertEquals(EntityType.ORGANIZATION, byName.get("Gambling Bill").type());
        assertEquals(EntityType.ORGANIZATION, byName.get("Aston Villa").type());
    }

    @Test
    void shouldKeepThePossessiveThatOpensANameOfPeople() {
        Map<String, Entity> entities = consolidate(
                mention("Women's Tennis Association", EntityType.ORGANIZATION, 0),
                mention("Kenya's Ruth Kiprop", EntityType.PERSON, 1));

        assertEquals(
                EntityType.ORGANIZATION,
                entities.get("Women's Tennis Association").type(),
                entities::toString);
        assertEquals(EntityType.PERSON, entities.get("Ruth Kiprop").type(), entities::toString);
    }

    @Test
    void shouldMergeTheNameAPersonGoesByInsideTheFullName() {
        Map<String, Entity> entities = consolidate(
                mention("Luiz Inacio Lula da Silva", EntityType.PERSON, 0),
                mention("Lula", EntityType.PERSON, 1),
                mention("Lula", EntityType.PERSON, 2),
                mention("Inacio", EntityType.LOCATION, 3),
                mention("Adam Smith", EntityType.PERSON, 4),
                mention("Adam Smith Lecture", EntityType.PERSON, 5),
                mention("Smith", EntityType.PERSON, 6));

        assertEquals(List.of("Lula"), entities.get("Luiz Inacio Lula da Silva").aliases());
        assertEquals(3, entities.get("Luiz Inacio Lula da Silva").mentions());
        // only a name the finder took for a person's
        assertEquals(EntityType.LOCATION, entities.get("Inacio").type());
        // a full name that ends with the word comes first
        assertEquals(List.of("Smith"), entities.get("Adam Smith").aliases());
    }

    @Test
    void shouldMergeASurnameWhoseParticleIsCapitalisedAtASentencesStart() {
        Map<String, Entity> entities = consolidate(
                mention("Caroline van der Plas", EntityType.PERSON, 0),
                mention("Van der Plas", EntityType.ORGANIZATION, 1),
                mention("Arjan De Zeeuw", EntityType.PERSON, 2),
                mention("Arjan de Zeeuw", EntityType.PERSON, 3),
                mention("De Zeeuw", EntityType.PERSON, 4));

        assertEquals(
                List.of("Van der Plas"), entities.get("Caroline van der Plas").aliases());
        // where the surname ends two full names, the one written alike
        assertEquals(List.of("De Zeeuw"), entities.get("Arjan De Zeeuw").aliases());
    }

    @Test
    void shouldMergeTwoLastNamesAndTheFullNameIntoOnePerson() {
        Map<String, Entity> entities = consolidate(
                mention("Beatriz Valente Lobo", EntityType.PERSON, 0),
                mention("Valente Lobo", EntityType.PERSON, 1),
                mention("Valente Lobo", EntityType.PERSON, 2));

        assertEquals(
                List.of("Valente Lobo"), entities.get("Beatriz Valente Lobo").aliases());
        assertEquals(1, entities.size(), entities::toString);
    }

    @Test
    void shouldTakeANameTheTextCallsByARoleForAPerson() {
        String body = "\"It is a pause,\" said Sofia Marchetti, an analyst at Kessel Bank in Frankfurt."
                + " Interior Minister Ali Yerlikaya visited Malatya.";
        assertEquals(
                Map.of(
                        "Sofia Marchetti", EntityType.PERSON,
                        "Kessel Bank", EntityType.ORGANIZATION,
                        "Frankfurt", EntityType.LOCATION,
                        "Ali Yerlikaya", EntityType.PERSON,
                        "Malatya", EntityType.LOCATION),
                types(
                        body,
                        mention("Sofia Marchetti", EntityType.LOCATION, 0),
                        mention("Kessel Bank", EntityType.ORGANIZATION, 0),
                        mention("Frankfurt", EntityType.LOCATION, 0),
                        mention("Ali Yerlikaya", EntityType.ORGANIZATION, 1),
                        mention("Malatya", EntityType.LOCATION, 1)));
    }

    @Test
    void shouldTakeANameWithATitleOrCalledAKinsmanForAPerson() {
        String body = "Starmer faced questions over gifts from Lord Alli for the prime minister and his wife, Victoria."
                + " Downing Street said all gifts had been declared. Prime Minister Matilde Soares's National Unity"
                + " Party came second.";
        assertEquals(
                Map.of(
                        "Starmer", EntityType.PERSON,
                        "Alli", EntityType.PERSON,
                        "Victoria", EntityType.PERSON,
                        "Downing Street", EntityType.LOCATION,
                        "Matilde Soares", EntityType.PERSON,
                        "National Unity Party", EntityType.ORGANIZATION),
                types(
                        body,
                        mention("Starmer", EntityType.PERSON, 0),
                        mention("Lord Alli", EntityType.LOCATION, 0),
                        mention("Victoria", EntityType.LOCATION, 0),
                        mention("Downing Street", EntityType.LOCATION, 1),
                        mention("Matilde Soares", EntityType.PERSON, 2),
                        mention("National Unity Party", EntityType.ORGANIZATION, 2)));
    }

    @Test
    void shouldKeepAnHonorificThatNoNameFollows() {
        Map<String, Entity> entities = consolidate(
                mention("Lord of the Rings", EntityType.MISC, 0), mention("Lord Alli", EntityType.PERSON, 1));

        assertEquals(EntityType.MISC, entities.get("Lord of the Rings").type());
        assertEquals(EntityType.PERSON, entities.get("Alli").type());
    }

    @Test
    void shouldNotMergeAPersonIntoAnOrganizationOrAPlaceNamedAfterThem() {
        Map<String, Entity> entities = consolidate(
                mention("Trump", EntityType.PERSON, 0),
                mention("Trump", EntityType.PERSON, 1),
                mention("Trump Organization", EntityType.ORGANIZATION, 2),
                mention("Victoria", EntityType.PERSON, 3),
                mention("Victoria Falls", EntityType.LOCATION, 4));

        assertEquals(EntityType.PERSON, entities.get("Trump").type());
        assertEquals(EntityType.ORGANIZATION, entities.get("Trump Organization").type());
        assertEquals(EntityType.LOCATION, entities.get("Victoria Falls").type());
        assertEquals(4, entities.size(), entities::toString);
    }

    @Test
    void shouldNotTakeAPlaceBeforeARoleForAPerson() {
        List<Entity> entities = EntityConsolidation.consolidate(
                List.of(mention("Washington", EntityType.LOCATION, 0)),
                "In Washington, the US president said nothing.",
                1);

        assertEquals(EntityType.LOCATION, entities.get(0).type());
    }

    @Test
    void shouldNotTakeAPlaceBeforeTheRoleOfWhoSpeaksForAPerson() {
        String body = "Starmer will travel to Scotland, Wales and Northern Ireland, his spokesman said."
                + " Sunak, his spokesman, said nothing.";
        assertEquals(
                Map.of(
                        "Starmer", EntityType.PERSON,
                        "Scotland", EntityType.LOCATION,
                        "Wales", EntityType.LOCATION,
                        "Northern Ireland", EntityType.LOCATION,
                        "Sunak", EntityType.PERSON),
                types(
                        body,
                        mention("Starmer", EntityType.PERSON, 0),
                        mention("Scotland", EntityType.LOCATION, 0),
                        mention("Wales", EntityType.LOCATION, 0),
                        mention("Northern Ireland", EntityType.LOCATION, 0),
                        mention("Sunak", EntityType.ORGANIZATION, 1)));
    }

    @Test
    void shouldReadAPageOfCapitalsWithoutOverflowing() {
        String shouted = "THE MINISTER " + "SAID WORD ".repeat(3000) + "(SWW), an analyst at";
        List<Entity> entities =
                EntityConsolidation.consolidate(List.of(mention("SWW", EntityType.ORGANIZATION, 0)), shouted, 1);

        assertEquals(1, entities.size());
    }

    @Test
    void shouldKeepACompanyNamedFirstAndMostApartFromWhatItOwns() {
        Map<String, Entity> entities = consolidate(
                mention("Apple", EntityType.ORGANIZATION, 0),
                mention("Apple", EntityType.ORGANIZATION, 1),
                mention("Apple Pay", EntityType.ORGANIZATION, 2),
                mention("Apple", EntityType.ORGANIZATION, 3),
                mention("Brightway Logistics", EntityType.ORGANIZATION, 4),
                mention("Brightway", EntityType.ORGANIZATION, 5),
                mention("Brightway", EntityType.ORGANIZATION, 6),
                mention("Labour", EntityType.ORGANIZATION, 4),
                mention("Labour", EntityType.ORGANIZATION, 5),
                mention("Labour Party", EntityType.ORGANIZATION, 6));

        assertEquals(3, entities.get("Apple").mentions(), entities::toString);
        assertEquals(1, entities.get("Apple Pay").mentions(), entities::toString);
        // a short form after its full name, and a party's full name, are the same body
        assertEquals(List.of("Brightway"), entities.get("Brightway Logistics").aliases(), entities::toString);
        assertEquals(List.of("Labour"), entities.get("Labour Party").aliases(), entities::toString);
    }

    @Test
    void shouldKeepAnAcronymApartFromTheLongerNameItOpensWhicheverComesFirst() {
        Map<String, Entity> entities = consolidate(
                mention("BBC News", EntityType.ORGANIZATION, 0),
                mention("BBC News", EntityType.ORGANIZATION, 1),
                mention("BBC", EntityType.ORGANIZATION, 2));

        assertEquals(1, entities.get("BBC").mentions(), entities::toString);
        assertEquals(List.of(), entities.get("BBC News").aliases(), entities::toString);
    }

    @Test
    void shouldMergeTheFirstWordOfAVenueOrAnEventNamedBeforeIt() {
        Map<String, Entity> entities = consolidate(
                mention("Wembley Stadium", EntityType.LOCATION, 0),
                mention("Wembley", EntityType.LOCATION, 1),
                mention("Open Championship", EntityType.MISC, 0),
                mention("Open", EntityType.MISC, 2),
                mention("London", EntityType.LOCATION, 0),
                mention("London Stadium", EntityType.LOCATION, 1),
                mention("European", EntityType.MISC, 1),
                mention("European Championship", EntityType.MISC, 0),
                mention("All England Open", EntityType.MISC, 0),
                mention("All England", EntityType.MISC, 3),
                mention("Six Nations Player of the Tournament", EntityType.MISC, 0),
                mention("Six Nations", EntityType.MISC, 3));

        assertEquals(List.of("Wembley"), entities.get("Wembley Stadium").aliases(), entities::toString);
        assertEquals(List.of("Open"), entities.get("Open Championship").aliases(), entities::toString);
        assertEquals(List.of("All England"), entities.get("All England Open").aliases(), entities::toString);
        // a name of several words only right before the head word
        assertEquals(1, entities.get("Six Nations").mentions(), entities::toString);
        // the city named first, a nationality
        assertEquals(1, entities.get("London").mentions(), entities::toString);
        assertEquals(1, entities.get("European").mentions(), entities::toString);
    }

    @Test
    void shouldTakeAWordOnlyEverWrittenBeforeANumberForNoName() {
        Map<String, EntityType> game7 = types(
                "Colorado won Game 7 on Monday. Game 6 was closer.",
                mention("Game", EntityType.PERSON, 0),
                mention("Game", EntityType.PERSON, 1));
        Map<String, EntityType> rapper = types(
                "The top 10 includes The Game and the Killers. Game 6 of the series is next.",
                mention("Game", EntityType.MISC, 0));

        assertEquals(Map.of(), game7);
        assertEquals(Map.of("Game", EntityType.MISC), rapper);
    }

    @Test
    void shouldKeepThePlaceABodyIsOfApartWhereTheBodyHasAnAcronym() {
        String body = "a spokesperson for the Royal and Ancient Golf Club of St Andrews (R&A) said. R&A chief "
                + "executive Martin Slater agreed. The Open returns to St Andrews. The House of Lords voted; the Lords "
                + "rejected it.";
        Map<String, EntityType> types = types(
                body,
                mention("Royal and Ancient Golf Club of St Andrews", EntityType.ORGANIZATION, 0),
                mention("R&A", EntityType.ORGANIZATION, 1),
                mention("Martin Slater", EntityType.PERSON, 1),
                mention("St Andrews", EntityType.ORGANIZATION, 2),
                mention("House of Lords", EntityType.ORGANIZATION, 3),
                mention("Lords", EntityType.ORGANIZATION, 3));

        assertEquals(
                Map.of(
                        "Royal and Ancient Golf Club of St Andrews", EntityType.ORGANIZATION,
                        "Martin Slater", EntityType.PERSON,
                        "St Andrews", EntityType.ORGANIZATION,
                        "House of Lords", EntityType.ORGANIZATION),
                types);
    }

    @Test
    void shouldTakeAnAcronymWhoseLettersTheNameHoldsInOrderOrThatABodyOfAnotherLanguageGoesBy() {
        String body = "Shares fell on the Korea Exchange (KRX). The French Tennis Federation (FFT) agreed. The German "
                + "Weather Service (DWD) warned. KRX, FFT and DWD.";
        Map<String, List<String>> aliases = EntityConsolidation.consolidate(
                        List.of(
                                mention("Korea Exchange", EntityType.ORGANIZATION, 0),
                                mention("French Tennis Federation", EntityType.ORGANIZATION, 1),
                                mention("German Weather Service", EntityType.ORGANIZATION, 2),
                                mention("KRX", EntityType.ORGANIZATION, 4),
                                mention("FFT", EntityType.ORGANIZATION, 4),
                                mention("DWD", EntityType.ORGANIZATION, 4)),
                        body,
                        5)
                .stream()
                .collect(Collectors.toMap(Entity::name, Entity::aliases));

        assertEquals(List.of("KRX"), aliases.get("Korea Exchange"));
        assertEquals(List.of("FFT"), aliases.get("French Tennis Federation"));
        assertEquals(List.of("DWD"), aliases.get("German Weather Service"));
        assertEquals(3, aliases.size(), aliases::toString);
    }

    @Test
    void shouldCallAKoreanOrAChineseByTheFamilyNameFirstAndANewsAgencyAnOrganization() {
        Map<String, Entity> entities = consolidate(
                mention("Kim Jae-won", EntityType.PERSON, 0),
                mention("Mr. Kim", EntityType.PERSON, 1),
                mention("Kim", EntityType.PERSON, 2),
                mention("AFP", EntityType.LOCATION, 3));

        assertEquals(3, entities.get("Kim Jae-won").mentions(), entities::toString);
        Map<String, Entity> chinese = consolidate(
                mention("Chen Yiming", EntityType.PERSON, 0),
                mention("Chen", EntityType.PERSON, 1),
                mention("Ma Rainey", EntityType.PERSON, 2),
                mention("Rainey", EntityType.PERSON, 3),
                mention("Rainey", EntityType.ORGANIZATION, 4));
        assertEquals(List.of("Chen"), chinese.get("Chen Yiming").aliases(), chinese::toString);
        // not a pinyin given name: the family name is last
        assertEquals(List.of("Rainey"), chinese.get("Ma Rainey").aliases(), chinese::toString);
        assertEquals(
                EntityType.ORGANIZATION, entities.get("Agence France-Presse").type());
    }

    @Test
    void shouldKeepATownNamedWithItsGroundInOneSentenceApart() {
        Map<String, Entity> entities = consolidate(
                mention("GALLE", EntityType.LOCATION, 0),
                mention("Galle International Stadium", EntityType.LOCATION, 0),
                mention("Galle", EntityType.LOCATION, 3));

        assertEquals(1, entities.get("Galle International Stadium").mentions(), entities::toString);
    }

    @Test
    void shouldMakeATownWhereOtherPlacesLieAndThatHasAMayorAPlace() {
        Map<String, EntityType> types = types(
                "A wildfire bore down on the town of Hinton. Hinton's mayor said it was empty. The forests around "
                        + "Hinton burn readily. Communities north of Hinton were evacuated. Hinton waits.",
                mention("Hinton", EntityType.LOCATION, 0),
                mention("Hinton", EntityType.PERSON, 1),
                mention("Hinton", EntityType.PERSON, 2),
                mention("Hinton", EntityType.PERSON, 3),
                mention("Hinton", EntityType.PERSON, 4));

        assertEquals(Map.of("Hinton", EntityType.LOCATION), types);
    }

    @Test
    void shouldMakeAClubBeforeItsCoachAnOrganizationButLeaveACountryAPlace() {
        Map<String, EntityType> types = types(
                "Velez Sarsfield coach Gustavo Quinteros was sacked. England coach Andy Robinson was not.",
                mention("Velez Sarsfield", EntityType.PERSON, 0),
                mention("Gustavo Quinteros", EntityType.PERSON, 0),
                mention("England", EntityType.LOCATION, 1),
                mention("Andy Robinson", EntityType.PERSON, 1));

        assertEquals(EntityType.ORGANIZATION, types.get("Velez Sarsfield"));
        assertEquals(EntityType.LOCATION, types.get("England"));
    }

    @Test
    void shouldLeaveADateADateWhateverTheWordsAfterItAndNeverMakeAMonthOrRupeesAName() {
        Map<String, EntityType> types = types(
                "Profit rose in the three months through September, the London-based bank said. Rs 200,000 was paid "
                        + "in September.",
                mention("September", EntityType.DATE, 0),
                mention("Rs", EntityType.ORGANIZATION, 1),
                mention("September", EntityType.ORGANIZATION, 1));

        assertEquals(Map.of("September", EntityType.DATE), types);
    }

    @Test
    void shouldNeverMakeADeviceOrAMediumAName() {
        Map<String, EntityType> types = types(
                "Sales of PCs and DVD players rose, PC World said. TV makers want ID cards.",
                mention("PCs", EntityType.MISC, 0),
                mention("DVD", EntityType.ORGANIZATION, 0),
                mention("PC World", EntityType.ORGANIZATION, 0),
                mention("TV", EntityType.ORGANIZATION, 1),
                mention("ID", EntityType.LOCATION, 1));

        assertEquals(Map.of("PC World", EntityType.ORGANIZATION), types);
    }
}
