package dev.newsflow.enrich.training;

import dev.newsflow.enrich.nlp.DocumentTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.InvalidFormatException;

/**
 * Reads labelled documents for topic training and evaluation from a UTF-8 doccat file: one document per line, the
 * label, whitespace, then the text (OpenNLP's doccat format). Blank lines are skipped. The text is tokenized with
 * {@link DocumentTokens}, as it must be at run time.
 */
public final class TopicSampleFiles {

    private TopicSampleFiles() {}

    /**
     * Returns the file's documents in order.
     *
     * @throws InvalidFormatException if a line has a label but no text
     */
    public static List<DocumentSample> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<DocumentSample> samples = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] labelAndText = line.split("\\s+", 2);
            if (labelAndText.length < 2) {
                throw new InvalidFormatException(file + ":" + (index + 1) + ": a label without text");
            }
            samples.add(new DocumentSample(labelAndText[0], DocumentTokens.of(labelAndText[1])));
        }
        return samples;
    }

    /** Returns the documents of all files, in order. */
    public static List<DocumentSample> read(List<Path> files) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (Path file : files) {
            samples.addAll(read(file));
        }
        return samples;
    }
}
