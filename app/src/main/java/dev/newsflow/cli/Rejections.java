package dev.newsflow.cli;

import dev.newsflow.ingest.feed.PollReport;
import dev.newsflow.ingest.parse.ParseResult;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** How the command line reports inputs it could not use: one line each on stderr, with the reason. */
final class Rejections {

    private Rejections() {}

    /** Prints each rejected input as {@code rejected ORIGIN: REASON}. */
    static Consumer<ParseResult.Rejected> rejections(PrintWriter err) {
        return rejected -> err.println("rejected " + rejected.origin() + ": " + rejected.reason());
    }

    static void printProblems(PollReport report, PrintWriter err) {
        report.rejected().forEach(rejections(err));
        report.failures()
                .forEach(failure -> err.println("feed " + failure.feed() + " failed (" + failure.code() + "): "
                        + failure.message() + (failure.retriable() ? "; will retry" : "")));
        err.flush();
    }
}
