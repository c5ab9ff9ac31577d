package dev.newsflow.enrich.nlp;

import dev.newsflow.model.TopicLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Labels an article with IPTC Media Topics (top level) from an OpenNLP document categorizer trained on BBC News's
 * five sections, each mapped to its IPTC label. Labels scoring at least {@link #MIN_SCORE} are returned, best
 * first, and always the best one.
 *
 * <p>Not thread-safe (the categorizer keeps state); one per {@link ArticleAnalyzer}.
 */
final class TopicClassifier {

    static final double MIN_SCORE = 0.2;

    /** BBC section to the IPTC Media Topic it corresponds to. */
    private static final Map<String, String> IPTC = Map.of(
            "business", "economy, business and finance",
            "entertainment", "arts, culture, entertainment and media",
            "politics", "politics",
            "sport", "sport",
            "tech", "science and technology");

    private final DocumentCategorizerME categorizer;

    TopicClassifier(DoccatModel model) {
        this.categorizer = new DocumentCategorizerME(model);
    }

    List<TopicLabel> classify(String text) {
        double[] scores = categorizer.categorize(DocumentTokens.of(text));
        List<TopicLabel> labels = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            String category = categorizer.getCategory(i);
            labels.add(new TopicLabel(IPTC.getOrDefault(category, category), Math.round(scores[i] * 1000) / 1000.0));
        }
        labels.sort(Comparator.comparingDouble(TopicLabel::score).reversed());
        List<TopicLabel> kept = new ArrayList<>(List.of(labels.get(0)));
        labels.stream().skip(1).filter(label -> label.score() >= MIN_SCORE).forEach(kept::add);
        return kept;
    }
}
