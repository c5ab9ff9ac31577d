package dev.newsflow.model;

/**
 * A topic an article is about.
 *
 * @param label the topic's name
 * @param score the classifier's confidence, from 0 to 1
 */
public record TopicLabel(String label, double score) {

    public TopicLabel {
        Article.requireText(label, "topic label");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("topic score must lie in [0, 1]: " + score);
        }
    }
}
