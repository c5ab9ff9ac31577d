package dev.newsflow.enrich.nlp;

/** The 17 top-level IPTC Media Topics, with their codes and labels as IPTC publishes them. */
enum IptcTopic {
    ARTS("medtop:01000000", "arts, culture, entertainment and media"),
    CRIME("medtop:02000000", "crime, law and justice"),
    DISASTER("medtop:03000000", "disaster, accident and emergency incident"),
    ECONOMY("medtop:04000000", "economy, business and finance"),
    EDUCATION("medtop:05000000", "education"),
    ENVIRONMENT("medtop:06000000", "environment"),
    HEALTH("medtop:07000000", "health"),
    HUMAN_INTEREST("medtop:08000000", "human interest"),
    LABOUR("medtop:09000000", "labour"),
    LIFESTYLE("medtop:10000000", "lifestyle and leisure"),
    POLITICS("medtop:11000000", "politics"),
    RELIGION("medtop:12000000", "religion"),
    SCIENCE("medtop:13000000", "science and technology"),
    SOCIETY("medtop:14000000", "society"),
    SPORT("medtop:15000000", "sport"),
    CONFLICT("medtop:16000000", "conflict, war and peace"),
    WEATHER("medtop:17000000", "weather");

    final String code;
    final String label;

    IptcTopic(String code, String label) {
        this.code = code;
        this.label = label;
    }
}
