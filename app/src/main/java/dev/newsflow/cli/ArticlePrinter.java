package dev.newsflow.cli;

import dev.newsflow.ingest.parse.ParseResult;
import dev.newsflow.ingest.source.ArticleInputs;
import dev.newsflow.model.Article;
import dev.newsflow.model.Json;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** What parse and analyze share: read the inputs, print one JSON record per article, report the rejected ones. */
final class ArticlePrinter {

    private ArticlePrinter() {}

    /** @return the exit code: 0 when every input was an article, else 1 */
    static int print(List<String> files, Function<Article, Object> record, PrintWriter out, PrintWriter err) {
        int[] rejected = {0};
        new ArticleInputs(Clock.systemUTC(), System.in).forEach(files, result -> {
            if (result instanceof ParseResult.Parsed parsed) {
                out.println(json(record.apply(parsed.article())));
            } else {
                rejected[0]++;
                Rejections.rejections(err).accept((ParseResult.Rejected) result);
            }
        });
        out.flush();
        return rejected[0] == 0 ? 0 : 1;
    }

    private static String json(Object record) {
        try {
            return Json.MAPPER.writeValueAsString(record);
        } catch (Exception e) {
            throw new IllegalStateException("records always serialize", e);
        }
    }
}
