package org.journeymaps.devhost.ao;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the databases devhost runs on; the rest (quoted upper-case names, LIMIT/OFFSET) is shared. */
interface Dialect {

    /** Column definition of an auto-incremented primary key (AO uses SERIAL on PostgreSQL, IDENTITY on H2). */
    String autoIncrementPrimaryKey(boolean isLong);

    /** The type of {@code @StringLength(UNLIMITED)} columns. */
    String unlimitedTextType();


    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return new H2Dialect();
        }
        if (product.contains("postgres")) {
            return new PostgresDialect();
        }
        throw new IllegalArgumentException("Devhost Active Objects supports H2 and PostgreSQL, not " + product);
    }
}
