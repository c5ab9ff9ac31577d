package dev.newsflow.enrich.nlp;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who "the Spaniard" is: sports and news reports name a person once with their nation ("Spain's Carlos Alcaraz", "the
 * Spanish world No. 1 Carlos Alcaraz", "Alcaraz of Spain") and then by it alone ("..., the Spaniard said").
 */
final class Nationalities {

    private Nationalities() {}

    /** A person's nation as a noun, and the words that tie a name to that nation: its adjective and its name. */
    private static final Map<String, List<String>> NATIONS = Map.ofEntries(
            Map.entry("spaniard", List.of("Spanish", "Spain")),
            Map.entry("frenchman", List.of("French", "France")),
            Map.entry("frenchwoman", List.of("French", "France")),
            Map.entry("dutchman", List.of("Dutch", "Netherlands")),
            Map.entry("dutchwoman", List.of("Dutch", "Netherlands")),
            Map.entry("englishman", List.of("English", "England")),
            Map.entry("irishman", List.of("Irish", "Ireland")),
            Map.entry("welshman", List.of("Welsh", "Wales")),
            Map.entry("scot", List.of("Scottish", "Scotland")),
            Map.entry("briton", List.of("British", "Britain")),
            Map.entry("dane", List.of("Danish", "Denmark")),
            Map.entry("swede", List.of("Swedish", "Sweden")),
            Map.entry("finn", List.of("Finnish", "Finland")),
            Map.entry("pole", List.of("Polish", "Poland")),
            Map.entry("serb", List.of("Serbian", "Serbia")),
            Map.entry("croat", List.of("Croatian", "Croatia")),
            Map.entry("swiss", List.of("Swiss", "Switzerland")),
            Map.entry("german", List.of("German", "Germany")),
            Map.entry("italian", List.of("Italian", "Italy")),
            Map.entry("american", List.of("American", "United States", "U.S.", "US")),
            Map.entry("australian", List.of("Australian", "Australia")),
            Map.entry("argentine", List.of("Argentine", "Argentinian", "Argentina")),
            Map.entry("brazilian", List.of("Brazilian", "Brazil")),
            Map.entry("belgian", List.of("Belgian", "Belgium")),
            Map.entry("austrian", List.of("Austrian", "Austria")),
            Map.entry("norwegian", List.of("Norwegian", "Norway")),
            Map.entry("russian", List.of("Russian", "Russia")),
            Map.entry("canadian", List.of("Canadian", "Canada")),
            Map.entry("mexican", List.of("Mexican", "Mexico")),
            Map.entry("colombian", List.of("Colombian", "Colombia")),
            Map.entry("kenyan", List.of("Kenyan", "Kenya")),
            Map.entry("ethiopian", List.of("Ethiopian", "Ethiopia")),
            Map.entry("portuguese", List.of("Portuguese", "Portugal")),
            Map.entry("greek", List.of("Greek", "Greece")),
            Map.entry("czech", List.of("Czech", "Czech Republic")),
            Map.entry("japanese", List.of("Japanese", "Japan")),
            Map.entry("chinese", List.of("Chinese", "China")),
            Map.entry("indian", List.of("Indian", "India")),
            Map.entry("new zealander", List.of("New Zealand")),
            Map.entry("south african", List.of("South African", "South Africa")));

    /** Words between the nation and the name: "Spanish world No. 1 Carlos Alcaraz", "Dutch driver Max Verstappen". */
    private static final String BETWEEN = "(?:\\s+(?:[\\p{Ll}\\d][\\p{L}\\d'’.-]*|No\\.))*?\\s+";

    /** Whether the word is a nation's noun this class knows ("Spaniard", "Dutchman"). */
    static boolean isNationNoun(String word) {
        return NATIONS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The one person of the entities the text ties to the nation ("Spaniard"), or {@code null} if it ties none or
     * several.
     */
    static String personOf(String nationNoun, String text, List<Entity> entities) {
        List<String> ties = NATIONS.get(nationNoun.toLowerCase(Locale.ROOT));
        if (ties == null) {
            return null;
        }
        String nation = String.join("|", ties.stream().map(Pattern::quote).toList());
        List<String> found = new ArrayList<>();
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            String name = Pattern.quote(entity.name());
            Pattern tied = Pattern.compile("\\b(?:(?:" + nation + ")(?:['’]s)?" + BETWEEN + name + "\\b" + "|" + name
                    + "\\s+(?:of\\s+(?:the\\s+)?(?:" + nation + ")\\b|\\((?:" + nation + ")\\)))");
            if (tied.matcher(text).find()) {
                found.add(entity.name());
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }
}
