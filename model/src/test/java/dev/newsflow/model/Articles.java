package dev.newsflow.model;

import java.time.Instant;
import java.util.List;

/** Test data: {@code Articles.anArticle().withTitle("...").build()}. */
public final class Articles {

    private String id = "7f83b1657ff1fc53b92dc18148a1d65dfc2d4b1fa3d677284addd200126d9069";
    private String url = "https://news.example.com/2025/02/20/storm";
    private String source = "Example News";
    private String title = "Storm closes the Brenner Pass";
    private List<String> authors = List.of("Jane Doe");
    private String publishedAt = "2025-02-20";
    private String language = "en";
    private String body =
            "Heavy snow closed the Brenner Pass on Tuesday, said Maria Keller of the Austrian road agency.\n\n"
                    + "Traffic between Innsbruck and Bolzano was diverted.";
    private Instant ingestedAt = Instant.parse("2025-02-21T08:00:00Z");

    private Articles() {}

    public static Articles anArticle() {
        return new Articles();
    }

    public Articles withId(String id) {
        this.id = id;
        return this;
    }

    public Articles withUrl(String url) {
        this.url = url;
        return this;
    }

    public Articles withTitle(String title) {
        this.title = title;
        return this;
    }

    public Articles withAuthors(String... authors) {
        this.authors = List.of(authors);
        return this;
    }

    public Articles withPublishedAt(String publishedAt) {
        this.publishedAt = publishedAt;
        return this;
    }

    /** The declared language; null lets enrich detect it. */
    public Articles withLanguage(String language) {
        this.language = language;
        return this;
    }

    public Articles withBody(String body) {
        this.body = body;
        return this;
    }

    public Article build() {
        return new Article(
                id, Article.SCHEMA_VERSION, url, source, title, authors, publishedAt, language, body, ingestedAt);
    }
}
