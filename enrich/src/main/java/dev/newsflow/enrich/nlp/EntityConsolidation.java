package dev.newsflow.enrich.nlp;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article's mentions into one entity per referent.
 *
 * <p>Today it merges mentions with the same words and type, and a person named by a last name alone ("Rubio")
 * into the one full name in the article that ends with it ("Marco Rubio"); when two people share that last name it
 * stays apart. The canonical name is the longest form; the other forms are its aliases. Entities come most
 * mentioned first.
 */
final class EntityConsolidation {

    private EntityConsolidation() {}

    static List<Entity> consolidate(List<Mention> mentions) {
        Map<Mention, Integer> counts = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            counts.merge(mention, 1, Integer::sum);
        }

        Map<Mention, Mention> canonical = new LinkedHashMap<>();
        for (Mention mention : counts.keySet()) {
            canonical.put(mention, fullNameOf(mention, counts.keySet()));
        }

        Map<Mention, Integer> total = new LinkedHashMap<>();
        Map<Mention, Set<String>> aliases = new LinkedHashMap<>();
        counts.forEach((mention, count) -> {
            Mention target = canonical.get(mention);
            total.merge(target, count, Integer::sum);
            Set<String> forms = aliases.computeIfAbsent(target, t -> new LinkedHashSet<>());
            if (!mention.equals(target)) {
                forms.add(mention.text());
            }
        });

        List<Entity> entities = new ArrayList<>();
        total.forEach((mention, count) ->
                entities.add(new Entity(mention.text(), mention.type(), count, List.copyOf(aliases.get(mention)))));
        entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
        return entities;
    }

    /** The single longer person name that ends with this one-word person mention, else the mention itself. */
    private static Mention fullNameOf(Mention mention, Set<Mention> all) {
        if (mention.type() != EntityType.PERSON || mention.text().contains(" ")) {
            return mention;
        }
        List<Mention> longer = all.stream()
                .filter(other -> other.type() == EntityType.PERSON)
                .filter(other -> other.text().endsWith(" " + mention.text()))
                .toList();
        return longer.size() == 1 ? longer.get(0) : mention;
    }
}
