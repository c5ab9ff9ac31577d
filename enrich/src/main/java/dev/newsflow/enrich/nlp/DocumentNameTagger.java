package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameSpans.*;

import dev.newsflow.enrich.nlp.features.DocumentContext;
import dev.newsflow.enrich.nlp.features.Gazetteers;
import dev.newsflow.enrich.nlp.features.StageOneModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds names in one document (an article, or one {@code -DOCSTART-} block of CoNLL) at a time: its sentences are
 * tagged in order by a {@link NameFinderME}, whose adaptive data carries what was found earlier in the document (the
 * previous-outcome feature), and is cleared before and after the document, so one document never influences the next.
 * Enrich and {@code newsflow eval ner} both tag through this class, so the evaluation measures the runtime path.
 *
 * <p>The model's names then go through rules, in the order {@link #find} runs them, each measured on CoNLL-2003
 * and on news (the name finder's provenance file has every count), grouped by what they look at:
 *
 * <ul>
 *   <li>{@link NameBoundaryRules}: where a name starts and ends ("Health Minister Alexandru Rafila", "St James '
 *       Park", "Tory MP Boris Johnson", "The Times");
 *   <li>{@link NameTypeRules}: what a name's own words and the words around it say of its type ("Kessel Bank", "the
 *       band Snow Patrol", "the village of Mahala");
 *   <li>{@link TableAndMatchRules}: rows of prices and standings, press digests, rosters, places that play a match;
 *   <li>{@link DocumentNameRules}: what the whole document says of a name (the type it is given four times in five,
 *       repeated mentions the model missed, the surname of a person named in full: "Neil Jordan ... Jordan").
 * </ul>
 *
 * <p>A model that carries a first-stage model ({@link StageOneModel}, a stacked model) is run in two stages: the first
 * stage tags the whole document, and its names become document-level features of every token for the second stage
 * ({@link DocumentContext}), e.g. that the same word was tagged as a person elsewhere in the document.
 *
 * <p>Not thread-safe, like {@link NameFinderME}: one instance per thread.
 */
public final class DocumentNameTagger {

    private final NameFinderME finder;
    private final NameFinderME stageOne;
    private final Predicate<String> isCountry;
    private final Predicate<String> isNationality;
    private final Predicate<String> isKnownPerson;
    private final Predicate<String> isOnlyAPerson;
    private final Predicate<String> isKnownOrganization;
    private final Predicate<String> isKnownPlace;
    private final Predicate<String> isListedPlace;
    private final Predicate<String> isState;
    private final Predicate<String> isCountryOrNationality;
    /** A country, or a nation that fields teams as countries do ("Scotland"). */
    private final Predicate<String> isNationalTeam;

    public DocumentNameTagger(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
        Object first = model.getArtifact(StageOneModel.RESOURCE);
        this.stageOne = first instanceof StageOneModel stage ? new NameFinderME(stage.model()) : null;
        // the model's own gazetteers, where it has them, tell countries
        Object gazetteers = model.getArtifact(Gazetteers.RESOURCE);
        this.isCountry = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.COUNTRIES, name)
                : name -> false;
        this.isNationality = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.NATIONALITIES, name)
                : name -> false;
        this.isKnownPerson = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.PERSONS, name)
                : name -> false;
        this.isKnownOrganization = gazetteers instanceof Gazetteers lists
                ? name -> ORGANIZATION_LISTS.stream().anyMatch(list -> lists.contains(list, name))
                : name -> false;
        this.isKnownPlace = gazetteers instanceof Gazetteers lists
                ? name -> PLACE_LISTS.stream().anyMatch(list -> lists.contains(list, name))
                        || NOT_PLACES.stream().noneMatch(list -> lists.contains(list, name))
                : name -> false;
        this.isListedPlace = gazetteers instanceof Gazetteers lists
                ? name -> PLACE_LISTS.stream().anyMatch(list -> lists.contains(list, name))
                : name -> false;
        this.isState = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.STATES, name)
                : name -> false;
        this.isOnlyAPerson = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.PERSONS, name)
                        && NOT_PERSONS.stream().noneMatch(list -> lists.contains(list, name))
                : name -> false;
        this.isCountryOrNationality = isCountry.or(isNationality);
        this.isNationalTeam = isCountry.or(name -> NATIONS_NOT_COUNTRIES.contains(name.toLowerCase(Locale.ROOT)));
    }

    /** Returns the names of each sentence of one document, as token spans typed person, organization, ... */
    public List<Span[]> find(List<String[]> document) {
        List<String[]> sentences = document.stream()
                .map(DocumentNameTagger::withStraightQuotes)
                .map(DocumentNameTagger::withoutPlusSigns)
                .toList();
        List<Span[]> names;
        if (stageOne == null) {
            names = tag(finder, sentences, null);
        } else {
            names = tag(finder, sentences, DocumentContext.of(sentences, tag(stageOne, sentences, null)));
        }
        // the repairs, in the order they run; each sees the names the one before it left
        names = NameBoundaryRules.withoutEdgePunctuation(sentences, names);
        names = NameBoundaryRules.withoutDates(sentences, names);
        names = NameBoundaryRules.withoutPortfolios(sentences, names);
        names = NameBoundaryRules.withoutTitles(sentences, names);
        names = NameBoundaryRules.withMembersOfParliamentApart(sentences, names);
        names = NameBoundaryRules.withStateCodesApart(sentences, names);
        names = NameBoundaryRules.withChannelNumbers(sentences, names);
        names = NameBoundaryRules.withoutOpeningThe(sentences, names);
        names = NameBoundaryRules.withoutOpeningWords(sentences, names);
        names = NameBoundaryRules.withModifiersApart(sentences, isCountryOrNationality, names);
        names = NameBoundaryRules.withRegnalNumbers(sentences, names);
        names = NameBoundaryRules.withVenuesJoined(sentences, names);
        names = NameBoundaryRules.withLegalFormsJoined(sentences, names);
        names = NameTypeRules.withHeadWordTypes(sentences, names);
        names = NameTypeRules.withStormNames(sentences, names);
        names = NameTypeRules.withPlaceWordsAfter(sentences, isNationality, names);
        names = NameTypeRules.withListTypes(sentences, isCountry, names);
        names = TableAndMatchRules.withRosterNames(sentences, isCountryOrNationality, names);
        names = NameBoundaryRules.withPossessivesJoined(sentences, names);
        names = NameBoundaryRules.withPeopleOpening(sentences, names);
        names = NameBoundaryRules.withArabicFamilyNames(sentences, names);
        names = NameBoundaryRules.withAmpersandsJoined(sentences, names);
        names = NameBoundaryRules.withEventsJoined(sentences, names);
        names = NameTypeRules.withEventTypes(sentences, names);
        names = NameTypeRules.withKindsApart(sentences, names);
        names = NameTypeRules.withWorksAfterTheirKind(sentences, names);
        names = NameTypeRules.withMediaNames(sentences, isNationality, isListedPlace, names);
        names = NameTypeRules.withChambersAsBodies(sentences, names);
        names = NameTypeRules.withMarketIndices(sentences, names);
        names = NameTypeRules.withBodiesAfterTheirKind(sentences, isCountryOrNationality, names);
        names = DocumentNameRules.withConjoinedOrganizationsSplit(sentences, isKnownOrganization, names);
        names = NameBoundaryRules.withBodiesOfSomething(sentences, names);
        names = NameBoundaryRules.withNationalBodiesJoined(sentences, isNationality, names);
        names = NameBoundaryRules.withNicknamesJoined(sentences, names);
        names = NameBoundaryRules.withQuotedTitles(sentences, names);
        names = DocumentNameRules.withKnownPersons(sentences, isOnlyAPerson, isNationality, names);
        names = DocumentNameRules.withSurnamesAsPersons(sentences, isKnownPerson, names);
        names = DocumentNameRules.withShortOrganizationNames(sentences, isNationality, names);
        names = TableAndMatchRules.withTeamsNamedAfterPlaces(
                sentences, isCountry, isNationality, isState, isListedPlace.or(isKnownOrganization), names);
        names = DocumentNameRules.withPlacesApart(sentences, isCountry, isKnownOrganization, names);
        names = DocumentNameRules.withMajorityTypes(sentences, names);
        names = DocumentNameRules.withRepeatedMentions(sentences, names);
        names = NameTypeRules.withPlacesAfterTheirKind(sentences, names);
        names = DocumentNameRules.withSplitNamesJoined(sentences, names);
        names = DocumentNameRules.withHeadlineMentions(sentences, names);
        names = TableAndMatchRules.withPressDigestMastheads(sentences, isCountry, names);
        names = TableAndMatchRules.withTableRowNames(sentences, names);
        names = TableAndMatchRules.withStandingsRowNames(sentences, isNationalTeam, names);
        names = NameTypeRules.withBasesAsPlaces(sentences, isKnownPlace, names);
        names = NameBoundaryRules.withNewspapersTheirThe(sentences, names);
        return NameBoundaryRules.withBracketsBalanced(sentences, names);
    }

    /**
     * The tokens with typographic quotes and apostrophes straightened ("’s" is "'s", "“" is "\""), as in the newswire
     * the model learnt from: on eng.testa with them curled, F1 0.9331 against 0.9338.
     */
    static String[] withStraightQuotes(String[] tokens) {
        String[] straight = null;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String replaced = token.indexOf('’') >= 0 || token.indexOf('‘') >= 0
                    ? token.replace('’', '\'').replace('‘', '\'')
                    : token.equals("“") || token.equals("”") ? "\"" : token;
            if (replaced != token) {
                if (straight == null) {
                    straight = tokens.clone();
                }
                straight[i] = replaced;
            }
        }
        return straight == null ? tokens : straight;
    }

    /**
     * "OPEC+" as "OPEC", which the model knows: a "+" after capitals names an enlarged group of the body ("G7+"),
     * and the unseen token read as a person's name. The span keeps the "+" (the caller's tokens are unchanged).
     */
    static String[] withoutPlusSigns(String[] tokens) {
        String[] plain = null;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.length() > 2 && token.endsWith("+") && Character.isUpperCase(token.charAt(0))) {
                if (plain == null) {
                    plain = tokens.clone();
                }
                plain[i] = token.substring(0, token.length() - 1);
            }
        }
        return plain == null ? tokens : plain;
    }

    /** The gazetteers' lists of organizations' names. */
    private static final List<String> ORGANIZATION_LISTS = List.of("wiki.organization", "wiki.corporation");

    /** The gazetteers' lists of places. */
    private static final List<String> PLACE_LISTS =
            List.of("wiki.location", "wiki.place", "wiki.state", "wiki.country");

    private static final List<String> NOT_PLACES = List.of("wiki.organization", "wiki.corporation", "wiki.product");

    /** Tags the sentences of one document in order, with each sentence's additional context if there is one. */
    public static List<Span[]> tag(NameFinderME finder, List<String[]> sentences, List<String[][]> contexts) {
        List<Span[]> names = new ArrayList<>(sentences.size());
        finder.clearAdaptiveData();
        try {
            for (int s = 0; s < sentences.size(); s++) {
                names.add(
                        contexts == null
                                ? finder.find(sentences.get(s))
                                : finder.find(sentences.get(s), contexts.get(s)));
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return names;
    }

    /** The gazetteers' lists of what is not a person: a name in one of them may be a person's and something else's. */
    private static final List<String> NOT_PERSONS = List.of(
            "wiki.corporation",
            "wiki.organization",
            "wiki.place",
            "wiki.location",
            "wiki.state",
            Gazetteers.COUNTRIES,
            Gazetteers.NATIONALITIES,
            "wiki.artwork",
            "wiki.event",
            "wiki.film",
            "wiki.product",
            "wiki.song");
}
