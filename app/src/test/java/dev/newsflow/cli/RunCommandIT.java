package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.model.Samples;
import dev.newsflow.model.SharedData;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow run --once} as a user runs it: embedded broker, SQLite, the summary on stdout. */
class RunCommandIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldStoreTheFixtureExactlyOnceEvenWhenRunTwice() throws Exception {
        Path fixtures = SharedData.require("fixtures");

        CommandLineRun first =
                CommandLineRun.of("run", "--once", "--data-dir", dataDir.toString(), fixtures.toString());
        CommandLineRun second =
                CommandLineRun.of("run", "--once", "--data-dir", dataDir.toString(), fixtures.toString());

        assertEquals(0, first.exitCode(), first::toString);
        assertEquals(0, second.exitCode(), second::toString);
        assertEquals(1, count(first.out(), "stored"), first::toString);
        assertEquals(1, count(second.out(), "stored"), second::toString);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("newsflow.db"));
                ResultSet row = db.createStatement()
                        .executeQuery("SELECT COUNT(*) OVER (), title, authors, published_at,"
                                + " json_array_length(entities) FROM articles")) {
            assertTrue(row.next());
            assertEquals(1, row.getInt(1));
            assertEquals("Trump's Ukraine policy shift signals new phase of US global war", row.getString(2));
            assertEquals("[\"Andre Damon\"]", row.getString(3));
            assertEquals("2025-02-20", row.getString(4));
            assertTrue(row.getInt(5) > 0, "entities");
        }
    }

    @Test
    void shouldStoreEveryGoodArticleAndRejectEveryBadInputWithCountsThatAddUp() throws Exception {
        Path inbox = Files.createDirectory(dataDir.resolve("inbox"));
        for (String sample : new String[] {"01-flood-bologna.txt", "04-athletics-oslo-brief.txt", "wire.jsonl"}) {
            Files.copy(Samples.folder().resolve(sample), inbox.resolve(sample));
        }
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.write(inbox.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 0x10, 'J', 'F'});
        Files.writeString(
                inbox.resolve("mixed.jsonl"),
                "{\"headline\":\"Valid line\",\"articleBody\":\"A body.\",\"author\":\"Ann Lee\"}\n"
                        + "{\"headline\": \"Broken line\", \n",
                StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of(
                "run", "--once", "--data-dir", dataDir.resolve("data").toString(), inbox.toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(6, count(run.out(), "ingested"), run::toString);
        assertEquals(6, count(run.out(), "enriched"), run::toString);
        assertEquals(6, count(run.out(), "stored"), run::toString);
        assertEquals(0, count(run.out(), "dead-lettered"), run::toString);
        assertEquals(3, count(run.out(), "rejected"), run::toString);
        assertTrue(run.err().contains("rejected " + inbox.resolve("empty.txt") + ": empty file"), run::toString);
        assertTrue(run.err().contains("rejected " + inbox.resolve("photo.jpg") + ": binary file"), run::toString);
        assertTrue(
                run.err().contains("rejected " + inbox.resolve("mixed.jsonl") + ":2: malformed JSON"), run::toString);
    }

    @Test
    void shouldPublishEachFeedItemOnceAcrossRestarts() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Wire</title>"
                + "<link>https://wire.example/</link><language>en</language>"
                + item("1", "Ferry timetable changes", "New winter sailings start on Monday, the operator said.")
                + item("2", "Lifeboat crew honoured", "The crew rescued four fishermen off Skerry Point in March.")
                + "</channel></rss>";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            byte[] body = rss.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
            String data = dataDir.resolve("feed-data").toString();

            CommandLineRun first = CommandLineRun.of("run", "--once", "--data-dir", data, "--feed", feed);
            CommandLineRun second = CommandLineRun.of("run", "--once", "--data-dir", data, "--feed", feed);

            assertEquals(0, first.exitCode(), first::toString);
            assertEquals(2, count(first.out(), "stored"), first::toString);
            assertEquals(0, second.exitCode(), second::toString);
            assertEquals(0, count(second.out(), "ingested"), second::toString);
            assertEquals(2, count(second.out(), "feed items seen before"), second::toString);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data + "/newsflow.db");
                    ResultSet row = db.createStatement().executeQuery("SELECT COUNT(*), MIN(source) FROM articles")) {
                assertTrue(row.next());
                assertEquals(2, row.getInt(1));
                assertEquals("Harbour Wire", row.getString(2));
            }
        } finally {
            server.stop(0);
        }
    }

    private static String item(String guid, String title, String description) {
        return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>https://wire.example/" + guid
                + "</link><description>" + description + "</description>"
                + "<pubDate>Tue, 04 Nov 2025 09:30:00 GMT</pubDate></item>";
    }

    private static int count(String summary, String label) {
        Matcher matcher = Pattern.compile("(?m)^  " + label + " +(\\d+)$").matcher(summary);
        assertTrue(matcher.find(), () -> "no '" + label + "' line in:\n" + summary);
        return Integer.parseInt(matcher.group(1));
    }
}
