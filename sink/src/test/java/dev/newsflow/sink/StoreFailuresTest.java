package dev.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StoreFailuresTest {

    @Test
    void aStoreThatCannotBeReachedIsNotARecordProblem() {
        SQLException refused = assertThrows(
                SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1"));

        assertFalse(StoreFailures.isRecordProblem(refused), refused::toString);
    }

    @Test
    void aViolatedConstraintIsARecordProblem() {
        assertTrue(StoreFailures.isRecordProblem(new SQLException("duplicate", "23505")));
        assertTrue(StoreFailures.isRecordProblem(new SQLException("bad value", "22P02")));
        assertFalse(StoreFailures.isRecordProblem(new SQLException("undefined table", "42P01")));
    }
}
