package org.journeymaps.devhost.ao;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases every persistence test runs on; each {@link #open()} gives an empty, private database. Public for the
 * app's repository tests, which run on the same databases (and the same embedded PostgreSQL).
 */
public enum TestDatabase {
    H2 {
        @Override
        public OpenDatabase open() {
            HikariDataSource dataSource = AoDataSources.h2Memory("test" + NEXT.incrementAndGet());
            return new OpenDatabase(dataSource, dataSource::close);
        }
    },
    POSTGRES {
        @Override
        public OpenDatabase open() {
            // A schema per test keeps tests apart without the cost of a database per test.
            String schema = "test" + NEXT.incrementAndGet();
            EmbeddedPostgresHolder.execute("CREATE SCHEMA " + schema);
            String url = EmbeddedPostgresHolder.get().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
            HikariDataSource dataSource = AoDataSources.postgres(url, "postgres", "postgres");
            return new OpenDatabase(dataSource, () -> {
                dataSource.close();
                EmbeddedPostgresHolder.execute("DROP SCHEMA " + schema + " CASCADE");
            });
        }
    };

    private static final AtomicInteger NEXT = new AtomicInteger();

    public abstract OpenDatabase open();

    /** A test's database; {@link #close()} throws it away. */
    public record OpenDatabase(HikariDataSource dataSource, Runnable cleanup) implements AutoCloseable {
        @Override
        public void close() {
            cleanup.run();
        }
    }
}
