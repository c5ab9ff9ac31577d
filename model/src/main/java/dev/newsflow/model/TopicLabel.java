package dev.newsflow.model;

/**
 * A topic an article is about.
 *
 * @param label the topic's name: an IPTC Media Topic label such as {@code economy, business and finance}
 * @param score the confidence, from 0 to 1
 * @param code the IPTC Media Topic code ({@code medtop:04000000}), or null for a label outside IPTC
 */
public record TopicLabel(String label, double score, String code) {

    public TopicLabel {
        Article.requireText(label, "topic label");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("topic score must lie in [0, 1]: " + score);
        }
    }

    /** A label without an IPTC code. */
    public TopicLabel(String label, double score) {
        this(label, score, null);
    }
}
