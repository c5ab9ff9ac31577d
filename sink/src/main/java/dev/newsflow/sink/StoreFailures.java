package dev.newsflow.sink;

import java.sql.SQLException;
import java.util.Set;

/**
 * Sorts database failures into two kinds. A record problem (bad data, a violated constraint) is permanent for
 * that record: it goes to the dead-letter topic and the sink goes on. Anything else (connection lost, database
 * busy or down, disk full, a missing table) is the store's problem: the sink retries the batch with back-off and
 * commits nothing until it succeeds, so nothing is lost.
 */
final class StoreFailures {

    /** SQLite result codes that concern one record: TOOBIG, CONSTRAINT, MISMATCH. */
    private static final Set<Integer> SQLITE_RECORD_CODES = Set.of(18, 19, 20);

    private StoreFailures() {}

    static boolean isRecordProblem(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            // SQLSTATE class 22: data exception; class 23: integrity constraint violation
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return true;
            }
            if (next.getClass().getName().startsWith("org.sqlite")
                    && SQLITE_RECORD_CODES.contains(next.getErrorCode() & 0xff)) {
                return true;
            }
        }
        return false;
    }
}
