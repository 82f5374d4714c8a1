package org.journeymaps.devhost.ao;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/** Connection pools for devhost's Active Objects: embedded H2 (file or memory) or PostgreSQL by URL. */
public final class AoDataSources {
    private static final int POOL_SIZE = 8;
    private static final int IDLE_CONNECTIONS = 1;

    private AoDataSources() {
    }

    /**
     * H2 database in {@code file} (H2 adds {@code .mv.db}); AUTO_SERVER lets a second devhost process open it
     * too, as two Data Center nodes share one database.
     */
    public static HikariDataSource h2File(Path file) {
        return pool("jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", "");
    }

    /** A named in-memory H2 database that lives until the pool is closed. */
    public static HikariDataSource h2Memory(String name) {
        return pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** PostgreSQL, e.g. {@code jdbc:postgresql://localhost:5432/confluence}. */
    public static HikariDataSource postgres(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return pool(jdbcUrl, user, password);
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(IDLE_CONNECTIONS);
        config.setPoolName("devhost-ao");
        return new HikariDataSource(config);
    }
}
