package org.journeymaps.devhost.ao;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Opens the database devhost's {@code --db} names as a connection pool. Supported URLs:
 * <ul>
 * <li>{@code jdbc:h2:file:<path>} (the default, in the data dir) and {@code jdbc:h2:mem:<name>}, without options:
 * devhost sets them (a file database is opened with AUTO_SERVER, so two devhosts can share it);</li>
 * <li>{@code jdbc:postgresql://host:port/database}: the user and password are the URL's {@code user} and
 * {@code password} parameters if it has them, else the environment variables {@value #USER_VARIABLE} and
 * {@value #PASSWORD_VARIABLE}, else the driver's defaults.</li>
 * </ul>
 */
final class DatabaseUrl {
    static final String USER_VARIABLE = "DEVHOST_DB_USER";
    static final String PASSWORD_VARIABLE = "DEVHOST_DB_PASSWORD";

    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String H2_MEMORY = "jdbc:h2:mem:";
    private static final String POSTGRES = "jdbc:postgresql:";

    private DatabaseUrl() {
    }

    /** @param environment reads environment variables (null when unset) */
    static HikariDataSource open(String jdbcUrl, Function<String, String> environment) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("--db: a JDBC URL is required");
        }
        if (jdbcUrl.startsWith(H2_FILE)) {
            return AoDataSources.h2File(Path.of(h2Name(jdbcUrl, H2_FILE)));
        }
        if (jdbcUrl.startsWith(H2_MEMORY)) {
            return AoDataSources.h2Memory(h2Name(jdbcUrl, H2_MEMORY));
        }
        if (jdbcUrl.startsWith(POSTGRES)) {
            return AoDataSources.postgres(jdbcUrl, credential(jdbcUrl, "user", environment.apply(USER_VARIABLE)),
                    credential(jdbcUrl, "password", environment.apply(PASSWORD_VARIABLE)));
        }
        throw new IllegalArgumentException("--db: devhost supports " + H2_FILE + "<path>, " + H2_MEMORY + "<name> and "
                + POSTGRES + "//<host>:<port>/<database> URLs, got '" + jdbcUrl + "'");
    }

    private static String h2Name(String jdbcUrl, String prefix) {
        String name = jdbcUrl.substring(prefix.length());
        if (name.isBlank() || name.contains(";")) {
            throw new IllegalArgumentException("--db: give " + prefix + "<name> without options (devhost sets them), got '"
                    + jdbcUrl + "'");
        }
        return name;
    }

    /** The URL's query parameter {@code name}, else {@code fallback}. */
    static String credential(String jdbcUrl, String name, String fallback) {
        int query = jdbcUrl.indexOf('?');
        if (query >= 0) {
            for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
                int equals = parameter.indexOf('=');
                if (equals > 0 && parameter.substring(0, equals).equals(name)) {
                    return URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return fallback;
    }
}
