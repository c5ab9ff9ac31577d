package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.nlp.DocumentTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicSampleFilesTest {

    @TempDir
    Path directory;

    @Test
    void shouldSplitTheLabelFromTheTextAndTokenizeTheTextLikeRunTimeDoes() throws IOException {
        String text = "Ad sales boost Time Warner profit: it jumped 76% to $1.13bn.";
        Path file = write("docs.doccat.txt", "business " + text + "\n\n" + "sport\tChelsea won 2-1.\n");

        List<DocumentSample> samples = TopicSampleFiles.read(file);

        assertEquals(2, samples.size());
        assertEquals("business", samples.get(0).getCategory());
        assertArrayEquals(DocumentTokens.of(text), samples.get(0).getText());
        assertEquals("sport", samples.get(1).getCategory());
        assertArrayEquals(
                new String[] {"chelsea", "won", "2", "1"}, samples.get(1).getText());
    }

    @Test
    void shouldRejectALabelWithoutText() throws IOException {
        Path file = write("bad.doccat.txt", "sport Chelsea won.\ntech\n");

        InvalidFormatException failure = assertThrows(InvalidFormatException.class, () -> TopicSampleFiles.read(file));
        assertTrue(failure.getMessage().contains("bad.doccat.txt:2"), failure.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
