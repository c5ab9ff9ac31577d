package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatchCountsTest {

    @Test
    void shouldDerivePrecisionRecallAndF1FromTheCounts() {
        MatchCounts counts = new MatchCounts(3, 1, 2);

        assertEquals(4, counts.predicted());
        assertEquals(5, counts.expected());
        assertEquals(0.75, counts.precision(), 1e-12);
        assertEquals(0.6, counts.recall(), 1e-12);
        assertEquals(2 * 0.75 * 0.6 / 1.35, counts.f1(), 1e-12);
    }

    @Test
    void shouldScoreZeroLikeConllevalWhenNothingWasPredictedOrExpected() {
        MatchCounts nothingPredicted = new MatchCounts(0, 0, 4);

        assertEquals(0, nothingPredicted.precision());
        assertEquals(0, nothingPredicted.recall());
        assertEquals(0, nothingPredicted.f1());
        assertEquals(0, MatchCounts.NONE.f1());
    }

    @Test
    void shouldAddCountsFieldByField() {
        assertEquals(new MatchCounts(4, 6, 8), new MatchCounts(1, 2, 3).plus(new MatchCounts(3, 4, 5)));
    }

    @Test
    void shouldRejectNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> new MatchCounts(0, -1, 0));
    }
}
