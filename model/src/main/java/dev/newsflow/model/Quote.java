package dev.newsflow.model;

/**
 * A direct quotation in an article.
 *
 * @param text the quoted words, without the quotation marks
 * @param speaker the canonical name of the entity who said it (as in {@link EnrichedArticle#entities()}), or null
 *     when the article does not say
 */
public record Quote(String text, String speaker) {

    public Quote {
        Article.requireText(text, "quote text");
    }
}
