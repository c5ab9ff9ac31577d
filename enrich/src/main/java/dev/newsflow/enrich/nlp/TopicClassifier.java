package dev.newsflow.enrich.nlp;

import dev.newsflow.model.TopicLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Labels an article with top-level IPTC Media Topics, several when it is about several things.
 *
 * <p>Two kinds of evidence, combined as independent votes (noisy-or): an OpenNLP document categorizer trained on
 * BBC News's five sections (business, entertainment, politics, sport, tech, each mapped to its IPTC topic), which
 * names exactly one of those five and is weighted {@link #CATEGORIZER_WEIGHT} because it must choose among them
 * even for a flood report; and a lexicon per IPTC topic, whose score grows with the density of its terms in the
 * article (terms per 100 words), for all seventeen topics. Topics scoring at least {@link #MIN_SCORE} are returned,
 * best first, and always the best one.
 *
 * <p>Not thread-safe (the categorizer keeps state); one per {@link ArticleAnalyzer}.
 */
final class TopicClassifier {

    static final double MIN_SCORE = 0.35;
    static final double CATEGORIZER_WEIGHT = 0.6;
    /** Density (terms per 100 words) at which a lexicon's score reaches 1 - 1/e. */
    private static final double DENSITY_SCALE = 1.5;

    private static final Map<String, IptcTopic> BBC_SECTIONS = Map.of(
            "business", IptcTopic.ECONOMY,
            "entertainment", IptcTopic.ARTS,
            "politics", IptcTopic.POLITICS,
            "sport", IptcTopic.SPORT,
            "tech", IptcTopic.SCIENCE);

    private final DocumentCategorizerME categorizer;

    TopicClassifier(DoccatModel model) {
        this.categorizer = new DocumentCategorizerME(model);
    }

    List<TopicLabel> classify(String text) {
        String[] words = DocumentTokens.of(text);
        Map<IptcTopic, Double> lexicons = new EnumMap<>(IptcTopic.class);
        Map<IptcTopic, Integer> hits = TopicLexicons.count(words);
        double hundredsOfWords = Math.max(1, words.length) / 100.0;
        hits.forEach((topic, count) -> lexicons.put(topic, 1 - Math.exp(-count / hundredsOfWords / DENSITY_SCALE)));

        Map<IptcTopic, Double> categorizerVotes = new EnumMap<>(IptcTopic.class);
        double[] sections = categorizer.categorize(words);
        for (int i = 0; i < sections.length; i++) {
            IptcTopic topic = BBC_SECTIONS.get(categorizer.getCategory(i));
            if (topic != null) {
                categorizerVotes.merge(topic, CATEGORIZER_WEIGHT * sections[i], TopicClassifier::noisyOr);
            }
        }
        Map<IptcTopic, Double> scores = combined(categorizerVotes, lexicons, 1.0);
        IptcTopic best = best(scores);
        if (!BBC_SECTIONS.containsValue(best)) {
            // an article about a topic the categorizer cannot name (a flood, a crime) still gets one of its five
            // sections, most often business; it counts only as much as the article is not clearly about the other
            scores = combined(categorizerVotes, lexicons, 1 - scores.get(best));
        }

        List<TopicLabel> labels = new ArrayList<>();
        scores.forEach((topic, score) -> labels.add(new TopicLabel(topic.label, round(score), topic.code)));
        labels.sort(Comparator.comparingDouble(TopicLabel::score).reversed());
        List<TopicLabel> kept = new ArrayList<>(List.of(labels.get(0)));
        labels.stream().skip(1).filter(label -> label.score() >= MIN_SCORE).forEach(kept::add);
        return kept;
    }

    private static Map<IptcTopic, Double> combined(
            Map<IptcTopic, Double> categorizerVotes, Map<IptcTopic, Double> lexicons, double categorizerShare) {
        Map<IptcTopic, Double> scores = new EnumMap<>(lexicons);
        categorizerVotes.forEach(
                (topic, vote) -> scores.merge(topic, vote * categorizerShare, TopicClassifier::noisyOr));
        return scores;
    }

    private static IptcTopic best(Map<IptcTopic, Double> scores) {
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    private static double noisyOr(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }

    private static double round(double score) {
        return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000.0;
    }

    /**
     * Lower-case terms, single words or word stems ("evacuat" for evacuate, evacuated, evacuation), per topic; a term
     * of five letters or more is a stem unless it ends in {@code $}.
     */
    static final class TopicLexicons {

        private static final Map<IptcTopic, Set<String>> STEMS = new EnumMap<>(IptcTopic.class);

        static {
            STEMS.put(
                    IptcTopic.ARTS,
                    Set.of(
                            "film",
                            "festival",
                            "album",
                            "actor",
                            "actress",
                            "director",
                            "museum",
                            "exhibition",
                            "theatre",
                            "theater",
                            "novel",
                            "artist",
                            "concert",
                            "premiere",
                            "cinema",
                            "gallery",
                            "documentary",
                            "screen",
                            "singer",
                            "orchestra",
                            "jury"));
            STEMS.put(
                    IptcTopic.CRIME,
                    Set.of(
                            "court",
                            "judge",
                            "jury",
                            "trial",
                            "sentenc",
                            "convict",
                            "fraud",
                            "police",
                            "arrest",
                            "prosecut",
                            "guilty",
                            "crime",
                            "criminal",
                            "jail",
                            "prison",
                            "lawyer",
                            "defendant",
                            "charged",
                            "verdict",
                            "appeal",
                            "murder",
                            "theft",
                            "investigat"));
            STEMS.put(
                    IptcTopic.DISASTER,
                    Set.of(
                            "flood",
                            "earthquake",
                            "evacuat",
                            "rescue",
                            "emergency",
                            "wildfire",
                            // the plural only: "a landslide" is as often an election's
                            "landslides",
                            "mudslide",
                            "hurricane",
                            "tsunami",
                            "disaster",
                            // not "collapse": talks, coalitions, banks and currencies collapse as often as buildings
                            "crash",
                            "accident",
                            "casualt",
                            "victim",
                            "destroyed",
                            "damage",
                            "burst",
                            "levee",
                            "relief",
                            "missing",
                            "dead",
                            "killed",
                            "died",
                            "deaths",
                            "toll",
                            "torrent$",
                            "blaze$",
                            "firefighter",
                            "displaced",
                            "drown",
                            "stranded",
                            "tornado",
                            "cyclone",
                            "typhoon",
                            "volcan",
                            "eruption",
                            "aftershock",
                            "wreckage",
                            "derail",
                            "collision",
                            "debris",
                            "inundat",
                            "avalanch",
                            "blizzard",
                            "sandstorm",
                            "hailstorm",
                            "sinkhole",
                            "mudflow",
                            "hypotherm",
                            "frostbite",
                            // the Mongolian winter that kills livestock
                            "dzud$"));
            STEMS.put(
                    IptcTopic.ECONOMY,
                    Set.of(
                            "market",
                            "shares",
                            "investor",
                            "inflation",
                            "interest",
                            "bank",
                            "economy",
                            "economic",
                            "profit",
                            "revenue",
                            "price",
                            "growth",
                            "gdp",
                            "trade",
                            "tariff",
                            "company",
                            "stock",
                            "bond",
                            "earnings",
                            "euro",
                            "billion",
                            "million"));
            STEMS.put(
                    IptcTopic.EDUCATION,
                    Set.of(
                            "school",
                            "pupil",
                            "student",
                            "teacher",
                            "university",
                            "college",
                            "curriculum",
                            "exam",
                            "classroom",
                            "tuition",
                            "campus"));
            STEMS.put(
                    IptcTopic.ENVIRONMENT,
                    Set.of(
                            "climate",
                            "glacier",
                            "emission",
                            "carbon",
                            "pollution",
                            "biodiversity",
                            "species",
                            "warming",
                            "environment",
                            "renewable",
                            "conservation",
                            "habitat",
                            "drought",
                            "deforestation",
                            "ice",
                            "wildlife"));
            STEMS.put(
                    IptcTopic.HEALTH,
                    Set.of(
                            "vaccine",
                            "patient",
                            "hospital",
                            "disease",
                            "virus",
                            "health",
                            "medical",
                            "doctor",
                            "nurse",
                            "clinical",
                            "trial",
                            "infection",
                            "treatment",
                            "drug",
                            "cancer",
                            "admission",
                            "symptom",
                            "dose"));
            STEMS.put(
                    IptcTopic.LABOUR,
                    Set.of(
                            "strike",
                            "union",
                            "wage",
                            "pay",
                            "worker",
                            "employ",
                            "job",
                            "walkout",
                            "picket",
                            "layoff",
                            "redundanc",
                            "bargaining",
                            "overtime",
                            "staff"));
            STEMS.put(
                    IptcTopic.LIFESTYLE,
                    Set.of(
                            "travel",
                            "holiday",
                            "recipe",
                            "fashion",
                            "restaurant",
                            "tourism",
                            "tourist",
                            "leisure",
                            "hobby",
                            "garden"));
            STEMS.put(
                    IptcTopic.POLITICS,
                    Set.of(
                            "election",
                            "minister",
                            "parliament",
                            "government",
                            "president",
                            "vote",
                            "party",
                            "coalition",
                            "senate",
                            "congress",
                            "policy",
                            "administration",
                            "diplomat",
                            "campaign",
                            "opposition",
                            "legislat",
                            "democra",
                            "republican",
                            "ballot",
                            "cabinet"));
            STEMS.put(
                    IptcTopic.RELIGION,
                    Set.of(
                            "church", "mosque", "temple", "religio", "faith", "bishop", "pope", "imam", "rabbi",
                            "worship", "pilgrim"));
            STEMS.put(
                    IptcTopic.SCIENCE,
                    Set.of(
                            "scientist",
                            "research",
                            "study",
                            "laborator",
                            "space",
                            "lunar",
                            "moon",
                            "satellite",
                            "technology",
                            "software",
                            "device",
                            "laptop",
                            "chip",
                            "battery",
                            "robot",
                            "physics",
                            "telescope",
                            "lander",
                            "spacecraft",
                            "algorithm"));
            STEMS.put(
                    IptcTopic.SOCIETY,
                    Set.of(
                            "housing",
                            "poverty",
                            "community",
                            "charity",
                            "welfare",
                            "immigra",
                            "refugee",
                            "homeless",
                            "equality",
                            "discrimination",
                            "family"));
            STEMS.put(
                    IptcTopic.SPORT,
                    Set.of(
                            "match",
                            "goal",
                            "league",
                            "championship",
                            "tournament",
                            "coach",
                            "player",
                            "team",
                            "season",
                            "cup",
                            "race",
                            "athlete",
                            "olympic",
                            "stadium",
                            "scored",
                            "medal",
                            "record",
                            "final",
                            "club"));
            STEMS.put(
                    IptcTopic.CONFLICT,
                    Set.of(
                            "war",
                            "military",
                            "troops",
                            "invasion",
                            "army",
                            "weapon",
                            "missile",
                            "ceasefire",
                            "nato",
                            "soldier",
                            "attack",
                            "airstrike",
                            "conflict",
                            "defence",
                            "defense",
                            "peace",
                            "offensive",
                            "militant",
                            "insurgen"));
            STEMS.put(
                    IptcTopic.WEATHER,
                    Set.of(
                            "rain",
                            "rainfall",
                            "storm",
                            "snow",
                            "temperature",
                            "heatwave",
                            "wind",
                            "meteorolog",
                            "weather",
                            "frost",
                            "celsius",
                            "drought",
                            "humid",
                            "thunderstorm",
                            "scorching",
                            "hottest",
                            "hosepipe",
                            "parched",
                            "sweltering",
                            "downpour",
                            "forecaster"));
        }

        /** Marks a term that matches as a whole word only (and its plural): "blaze$" is not in "Blazers". */
        private static final String WHOLE_WORD = "$";

        /** Each term to the topics whose lexicons hold it. */
        private static final Map<String, Set<IptcTopic>> TOPICS_OF_TERM = topicsOfTerms(1);

        /** Terms that also match the start of a longer word ("evacuat" in "evacuated") are this long at least. */
        private static final int SHORTEST_STEM = 5;

        private static final Map<String, Set<IptcTopic>> TOPICS_OF_STEM = topicsOfTerms(SHORTEST_STEM);
        private static final int LONGEST_STEM =
                TOPICS_OF_STEM.keySet().stream().mapToInt(String::length).max().orElse(0);

        private TopicLexicons() {}

        /**
         * How many words of each topic's lexicon the text holds: a word counts once for a topic when it is one of its
         * terms, or one of them with an "s", or begins with one of its terms of {@value #SHORTEST_STEM} letters or more.
         */
        static Map<IptcTopic, Integer> count(String[] words) {
            Map<IptcTopic, Integer> hits = new EnumMap<>(IptcTopic.class);
            Set<IptcTopic> topics = EnumSet.noneOf(IptcTopic.class);
            for (int i = 0; i < words.length; i++) {
                String lower = words[i].toLowerCase(Locale.ROOT);
                if (isWindPower(lower, i == 0 ? "" : words[i - 1], i + 1 < words.length ? words[i + 1] : "")) {
                    continue;
                }
                topics.clear();
                topics.addAll(TOPICS_OF_TERM.getOrDefault(lower, Set.of()));
                if (lower.endsWith("s")) {
                    topics.addAll(TOPICS_OF_TERM.getOrDefault(lower.substring(0, lower.length() - 1), Set.of()));
                }
                // a lookup per possible stem length, instead of a comparison per stem of every topic
                for (int end = SHORTEST_STEM; end <= Math.min(lower.length(), LONGEST_STEM); end++) {
                    topics.addAll(TOPICS_OF_STEM.getOrDefault(lower.substring(0, end), Set.of()));
                }
                topics.forEach(topic -> hits.merge(topic, 1, Integer::sum));
            }
            return hits;
        }

        /** Words after "wind" that make it a source of power, not weather: "wind turbines", "wind farm". */
        private static final Set<String> POWERED_BY_WIND = Set.of(
                "turbine", "turbines", "power", "farm", "farms", "energy", "park", "parks", "generation", "capacity");

        /** "offshore wind", "wind turbines": the energy industry's wind, which says nothing about the weather. */
        private static boolean isWindPower(String lower, String previous, String next) {
            // "offshore winds" fan fires: the industry's wind is singular
            return (lower.equals("wind") || lower.equals("winds"))
                    && (POWERED_BY_WIND.contains(next.toLowerCase(Locale.ROOT))
                            || (lower.equals("wind")
                                    && (previous.equalsIgnoreCase("offshore")
                                            || previous.equalsIgnoreCase("onshore"))));
        }

        /** Terms of {@code shortest} letters or more; a term written with a final {@value #WHOLE_WORD} never as a stem. */
        private static Map<String, Set<IptcTopic>> topicsOfTerms(int shortest) {
            Map<String, Set<IptcTopic>> index = new HashMap<>();
            STEMS.forEach((topic, terms) -> terms.stream()
                    .filter(term -> shortest == 1 || !term.endsWith(WHOLE_WORD))
                    .map(term -> term.endsWith(WHOLE_WORD) ? term.substring(0, term.length() - 1) : term)
                    .filter(term -> term.length() >= shortest)
                    .forEach(term -> index.computeIfAbsent(term, t -> EnumSet.noneOf(IptcTopic.class))
                            .add(topic)));
            return index;
        }
    }
}
