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
 */
public record Entity(String name, EntityType type, int mentions, List<String> aliases) {

    public Entity {
        Article.requireText(name, "entity name");
        Objects.requireNonNull(type, "type");
        if (mentions < 1) {
            throw new IllegalArgumentException("an entity is mentioned at least once: " + mentions);
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
