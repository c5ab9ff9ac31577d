package dev.newsflow.enrich.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.Span;

/**
 * Parses CoNLL-style column files (one token per line, blank line between sentences) into OpenNLP name samples.
 *
 * <p>The first column is the token and the last column the entity tag, so the 4-column CoNLL-2003 files and 2-column
 * files such as wikigold read alike. Tags are {@code O}, {@code B-TYPE} or {@code I-TYPE} in IOB1 or IOB2: {@code I-}
 * continues a running entity of the same type and otherwise starts one, {@code B-} always starts one. The CoNLL-2003
 * types PER, ORG, LOC and MISC become person, organization, location and misc, the names OpenNLP's
 * {@code Conll03NameSampleStream} uses; any other type is lower-cased. A {@code -DOCSTART-} line marks the next
 * sentence as the start of a document, which tells the name finder to clear its adaptive data.
 *
 * <p>For 4-column files the samples equal those of {@code Conll03NameSampleStream}; this reader exists because that
 * stream accepts exactly four single-space-separated columns and so cannot read the 2-column evaluation sets.
 */
final class ConllNameSampleReader {

    static final String DOCUMENT_START = "-DOCSTART-";

    private ConllNameSampleReader() {}

    /**
     * Returns the sentences of a CoNLL file in order.
     *
     * @param lines the file's lines
     * @param source names the file in error messages
     * @throws InvalidFormatException if a line has fewer than two columns or a tag is not IOB
     */
    static List<NameSample> parse(List<String> lines, String source) throws InvalidFormatException {
        List<NameSample> samples = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean documentStart = false;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith(DOCUMENT_START)) {
                if (!tokens.isEmpty()) {
                    samples.add(toSample(tokens, tags, documentStart, source, index));
                    documentStart = false;
                    tokens.clear();
                    tags.clear();
                }
                documentStart |= !line.isEmpty();
                continue;
            }
            String[] columns = line.split("\\s+");
            if (columns.length < 2) {
                throw new InvalidFormatException(
                        source + ":" + (index + 1) + ": expected a token and a tag, got '" + line + "'");
            }
            tokens.add(columns[0]);
            tags.add(columns[columns.length - 1]);
        }
        if (!tokens.isEmpty()) {
            samples.add(toSample(tokens, tags, documentStart, source, lines.size()));
        }
        return samples;
    }

    private static NameSample toSample(
            List<String> tokens, List<String> tags, boolean documentStart, String source, int endLine)
            throws InvalidFormatException {
        List<Span> names = new ArrayList<>();
        int begin = -1;
        String runningType = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag.equals("O")) {
                if (runningType != null) {
                    names.add(new Span(begin, i, runningType));
                    runningType = null;
                }
                continue;
            }
            if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
                int line = endLine - tags.size() + i + 1;
                throw new InvalidFormatException(source + ":" + line + ": not an IOB tag: '" + tag + "'");
            }
            String type = openNlpType(tag.substring(2));
            boolean continues = tag.charAt(0) == 'I' && type.equals(runningType);
            if (!continues) {
                if (runningType != null) {
                    names.add(new Span(begin, i, runningType));
                }
                begin = i;
                runningType = type;
            }
        }
        if (runningType != null) {
            names.add(new Span(begin, tags.size(), runningType));
        }
        return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), documentStart);
    }

    private static String openNlpType(String conllType) {
        return switch (conllType) {
            case "PER" -> "person";
            case "ORG" -> "organization";
            case "LOC" -> "location";
            case "MISC" -> "misc";
            default -> conllType.toLowerCase(Locale.ROOT);
        };
    }
}
