package dev.newsflow.enrich.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Reads annotated sentences for name-finder training and evaluation from a UTF-8 file in either supported format,
 * told apart by content.
 *
 * <ul>
 *   <li>CoNLL columns (see {@link ConllNameSampleReader}): the first non-blank line is {@code -DOCSTART-} or every one
 *       of the first {@value #LINES_INSPECTED} non-blank lines has at least two columns and ends in an IOB tag.
 *   <li>Otherwise OpenNLP's native format: one tokenized sentence per line, names marked
 *       {@code <START:type> ... <END>}, and a blank line before the first sentence of each document.
 * </ul>
 *
 * In both formats the first sentence of a document, and the first sentence of every file, is returned with
 * {@link NameSample#isClearAdaptiveDataSet()} set.
 */
public final class NameSampleFiles {

    static final int LINES_INSPECTED = 20;

    private static final Pattern IOB_TAG = Pattern.compile("O|[BI]-\\S+");

    private NameSampleFiles() {}

    /** Returns every sentence of the file, in order; the first one always starts a document. */
    public static List<NameSample> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<NameSample> samples =
                isConll(lines) ? ConllNameSampleReader.parse(lines, file.toString()) : openNlp(lines);
        if (!samples.isEmpty() && !samples.get(0).isClearAdaptiveDataSet()) {
            NameSample first = samples.get(0);
            samples.set(
                    0,
                    new NameSample(
                            first.getId(), first.getSentence(), first.getNames(), first.getAdditionalContext(), true));
        }
        return samples;
    }

    /** Returns the sentences of all files, in order, each file starting a new document. */
    public static List<NameSample> read(List<Path> files) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (Path file : files) {
            samples.addAll(read(file));
        }
        return samples;
    }

    /**
     * Returns the sentences of all files, in order, like {@link #read(List)}, except that a file that marks no
     * documents (GMB: one sentence after another) gives each sentence as a document of its own, so that a name finder
     * remembers nothing from one unrelated sentence to the next.
     */
    public static List<NameSample> readDocumentsOrSentences(List<Path> files) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (Path file : files) {
            List<NameSample> sentences = read(file);
            boolean unmarked = sentences.stream().skip(1).noneMatch(NameSample::isClearAdaptiveDataSet);
            for (NameSample sentence : sentences) {
                samples.add(
                        unmarked
                                ? new NameSample(
                                        sentence.getId(),
                                        sentence.getSentence(),
                                        sentence.getNames(),
                                        sentence.getAdditionalContext(),
                                        true)
                                : sentence);
            }
        }
        return samples;
    }

    private static List<NameSample> openNlp(List<String> lines) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        try (ObjectStream<NameSample> stream = new NameSampleDataStream(ObjectStreamUtils.createObjectStream(lines))) {
            for (NameSample sample = stream.read(); sample != null; sample = stream.read()) {
                samples.add(sample);
            }
        }
        return samples;
    }

    static boolean isConll(List<String> lines) {
        List<String> inspected = lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .limit(LINES_INSPECTED)
                .toList();
        if (inspected.isEmpty()) {
            return false;
        }
        if (inspected.get(0).startsWith(ConllNameSampleReader.DOCUMENT_START)) {
            return true;
        }
        return inspected.stream().allMatch(NameSampleFiles::isConllRow);
    }

    private static boolean isConllRow(String line) {
        String[] columns = line.split("\\s+");
        return columns.length >= 2
                && IOB_TAG.matcher(columns[columns.length - 1]).matches();
    }
}
