package dev.newsflow.cli;

import dev.newsflow.ingest.feed.PollReport;
import java.io.PrintWriter;

/** How the command line reports a round of feed polling. */
final class Feeds {

    private Feeds() {}

    static void printProblems(PollReport report, PrintWriter err) {
        report.rejected().forEach(rejected -> err.println("rejected " + rejected.origin() + ": " + rejected.reason()));
        report.failures()
                .forEach(failure -> err.println("feed " + failure.feed() + " failed (" + failure.code() + "): "
                        + failure.message() + (failure.retriable() ? "; will retry" : "")));
        err.flush();
    }
}
