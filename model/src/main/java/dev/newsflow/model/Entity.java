package dev.newsflow.model;

import java.util.List;
import java.util.Objects;

/**
 * One referent named in an article.
 *
 * @param name the canonical name (the longest form used in the article)
 * @param type what kind of referent it is
 * @param mentions how many times the article names it, under any alias; at least 1
 * @param aliases the other surface forms that name it, never null
 * @param salience how central it is to the article, from 0 to 1 (mentions, and how early the first one comes)
 */
public record Entity(String name, EntityType type, int mentions, List<String> aliases, double salience) {

    public Entity {
        Article.requireText(name, "entity name");
        Objects.requireNonNull(type, "type");
        if (mentions < 1) {
            throw new IllegalArgumentException("an entity is mentioned at least once: " + mentions);
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (!(salience >= 0 && salience <= 1)) {
            throw new IllegalArgumentException("salience must lie in [0, 1]: " + salience);
        }
    }

    /** An entity whose salience is not known (0). */
    public Entity(String name, EntityType type, int mentions, List<String> aliases) {
        this(name, type, mentions, aliases, 0);
    }
}
