package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.formats.Conll02NameSampleStream;
import opennlp.tools.formats.Conll03NameSampleStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameSampleFilesTest {

    private static final String CONLL_2003 =
            """
            -DOCSTART- -X- O O

            EU NNP I-NP I-ORG
            rejects VBZ I-VP O
            German JJ I-NP I-MISC
            call NN I-NP O
            . . O O

            Peter NNP I-NP I-PER
            Blackburn NNP I-NP I-PER

            -DOCSTART- -X- O O

            In IN I-PP O
            Bonn NNP I-NP I-LOC
            , , O O
            Germany NNP I-NP I-LOC
            Austria NNP I-NP B-LOC
            , , O O
            Siemens NNP I-NP I-ORG
            AG NNP I-NP I-ORG
            Smith NNP I-NP I-PER
            """;

    @TempDir
    Path directory;

    @Test
    void shouldReadFourColumnConllExactlyAsOpenNlpsConll03NameSampleStream() throws IOException {
        List<NameSample> expected = new ArrayList<>();
        int allTypes = Conll02NameSampleStream.GENERATE_PERSON_ENTITIES
                | Conll02NameSampleStream.GENERATE_ORGANIZATION_ENTITIES
                | Conll02NameSampleStream.GENERATE_LOCATION_ENTITIES
                | Conll02NameSampleStream.GENERATE_MISC_ENTITIES;
        try (ObjectStream<NameSample> stream = new Conll03NameSampleStream(
                Conll03NameSampleStream.LANGUAGE.EN,
                ObjectStreamUtils.createObjectStream(CONLL_2003.split("\n", -1)),
                allTypes)) {
            for (NameSample sample = stream.read(); sample != null; sample = stream.read()) {
                expected.add(sample);
            }
        }

        assertEquals(expected, NameSampleFiles.read(write("eng.sample", CONLL_2003)));
    }

    @Test
    void shouldDecodeIob1TagsIntoTypedSpansAndMarkDocumentStarts() throws IOException {
        List<NameSample> samples = NameSampleFiles.read(write("eng.sample", CONLL_2003));

        assertEquals(3, samples.size());
        assertTrue(samples.get(0).isClearAdaptiveDataSet());
        assertFalse(samples.get(1).isClearAdaptiveDataSet());
        assertTrue(samples.get(2).isClearAdaptiveDataSet());
        assertArrayEquals(
                new Span[] {new Span(0, 1, "organization"), new Span(2, 3, "misc")},
                samples.get(0).getNames());
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, samples.get(1).getNames());
        // B- splits two adjacent locations; a change of type ends the organization without a B-.
        assertArrayEquals(
                new Span[] {
                    new Span(1, 2, "location"),
                    new Span(3, 4, "location"),
                    new Span(4, 5, "location"),
                    new Span(6, 8, "organization"),
                    new Span(8, 9, "person")
                },
                samples.get(2).getNames());
    }

    @Test
    void shouldTakeTheTokenFromTheFirstColumnAndTheTagFromTheLast() throws IOException {
        String twoColumns =
                """
                -DOCSTART- O

                EU I-ORG
                rejects O
                German I-MISC
                call O
                . O
                """;

        List<NameSample> fromTwoColumns = NameSampleFiles.read(write("two.conll", twoColumns));

        assertEquals(NameSampleFiles.read(write("four.conll", CONLL_2003)).get(0), fromTwoColumns.get(0));
    }

    @Test
    void shouldReadOpenNlpFormatWithABlankLineStartingEachDocument() throws IOException {
        String openNlp =
                """
                <START:organization> EU <END> rejects <START:misc> German <END> call .
                <START:person> Peter Blackburn <END>

                In <START:location> Bonn <END> .
                """;

        List<NameSample> samples = NameSampleFiles.read(write("sample.opennlp.txt", openNlp));

        assertEquals(NameSampleFiles.read(write("eng.sample", CONLL_2003)).subList(0, 2), samples.subList(0, 2));
        assertTrue(samples.get(2).isClearAdaptiveDataSet());
        assertArrayEquals(new String[] {"In", "Bonn", "."}, samples.get(2).getSentence());
    }

    @Test
    void shouldStartEveryFileAsANewDocumentWhenReadingSeveral() throws IOException {
        Path first = write("first.conll", "Bonn I-LOC\n");
        Path second = write("second.conll", "Paris I-LOC\n");

        List<NameSample> samples = NameSampleFiles.read(List.of(first, second));

        assertEquals(2, samples.size());
        assertTrue(samples.get(0).isClearAdaptiveDataSet());
        assertTrue(samples.get(1).isClearAdaptiveDataSet());
    }

    @Test
    void shouldMakeEachSentenceOfAFileWithoutDocumentsADocumentWhenAsked() throws IOException {
        Path unmarked = write("gmb.opennlp.txt", "In <START:location> Bonn <END> .\nIn Paris .\nIn Rome .\n");
        Path marked = write("marked.opennlp.txt", "In Oslo .\nIn Lima .\n\nIn Bern .\n");

        List<NameSample> samples = NameSampleFiles.readDocumentsOrSentences(List.of(unmarked, marked));

        assertEquals(
                List.of(true, true, true, true, false, true),
                samples.stream().map(NameSample::isClearAdaptiveDataSet).toList());
        assertEquals(
                NameSampleFiles.read(unmarked).get(0).getNames()[0],
                samples.get(0).getNames()[0]);
    }

    @Test
    void shouldRejectATagThatIsNotIob() throws IOException {
        Path file = write("bad.conll", "-DOCSTART- O\n\nParis NNP X-LOC\n");

        InvalidFormatException failure = assertThrows(InvalidFormatException.class, () -> NameSampleFiles.read(file));
        assertTrue(failure.getMessage().contains("bad.conll:3"), failure.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
