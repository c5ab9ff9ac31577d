package dev.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DedupSerdesTest {

    @Test
    void shouldRoundTripBandRequestsAnswersAndBuckets() {
        var requests = DedupSerdes.bandRequest();
        BandRequest request = new BandRequest("a", 3, 42, new int[] {1, -2, 3});
        BandRequest read =
                requests.deserializer().deserialize("t", requests.serializer().serialize("t", request));
        assertEquals("a", read.articleId());
        assertArrayEquals(new int[] {1, -2, 3}, read.signature());
        BandRequest removal = new BandRequest("a", 3, 42, null);
        assertNull(requests.deserializer()
                .deserialize("t", requests.serializer().serialize("t", removal))
                .signature());

        var answers = DedupSerdes.bandAnswer();
        BandAnswer answer = new BandAnswer(3, List.of(new BandAnswer.Match("b", 7, 0.5)));
        assertEquals(
                answer,
                answers.deserializer().deserialize("t", answers.serializer().serialize("t", answer)));

        var buckets = DedupSerdes.bucket();
        Bucket bucket = Bucket.empty().with(new Bucket.Entry("a", 1, new int[] {5}), 2);
        Bucket back =
                buckets.deserializer().deserialize("t", buckets.serializer().serialize("t", bucket));
        assertEquals("a", back.entries().get(0).articleId());
        assertArrayEquals(new int[] {5}, back.entries().get(0).signature());

        assertThrows(SerializationException.class, () -> buckets.deserializer().deserialize("t", new byte[] {9}));
    }

    @Test
    void shouldKeepABucketToItsCapacityDroppingTheOldestInserted() {
        Bucket bucket = Bucket.empty();
        for (String id : List.of("a", "b", "c", "b")) {
            bucket = bucket.with(new Bucket.Entry(id, 0, new int[0]), 2);
        }
        assertEquals(
                List.of("c", "b"),
                bucket.entries().stream().map(Bucket.Entry::articleId).toList());
    }
}
