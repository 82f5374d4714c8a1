package org.journeymaps.devhost.ao;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements one {@link JdbcActiveObjects} executes (queries, DML and DDL; not JDBC metadata
 * look-ups), so tests can prove that a load does not grow with the data.
 */
public final class SqlStatementCounter {
    private final AtomicLong executed = new AtomicLong();

    /** Statements executed since creation or the last {@link #reset()}. */
    public long count() {
        return executed.get();
    }

    public void reset() {
        executed.set(0);
    }

    void increment() {
        executed.incrementAndGet();
    }
}
