package org.journeymaps.devhost.ao;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** What already exists in the database, read from JDBC metadata (names are stored upper case). */
final class SchemaReader {

    /** The columns of {@code table}, or an empty set when the table does not exist. */
    static Set<String> columns(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rows = metadata.getColumns(null, connection.getSchema(), table, null)) {
            return names(rows, "COLUMN_NAME", table);
        }
    }

    static Set<String> indexes(Connection connection, String table) throws SQLException {
        try (ResultSet rows = connection.getMetaData().getIndexInfo(null, connection.getSchema(), table, false, false)) {
            return names(rows, "INDEX_NAME", table);
        }
    }

    static Set<String> foreignKeys(Connection connection, String table) throws SQLException {
        try (ResultSet rows = connection.getMetaData().getImportedKeys(null, connection.getSchema(), table)) {
            return names(rows, "FK_NAME", table);
        }
    }

    // Metadata patterns treat '_' as a wildcard, so rows of look-alike tables are filtered out here.
    private static Set<String> names(ResultSet rows, String column, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        while (rows.next()) {
            String tableName = rows.getString(column.equals("FK_NAME") ? "FKTABLE_NAME" : "TABLE_NAME");
            String name = rows.getString(column);
            if (table.equals(tableName) && name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private SchemaReader() {
    }
}
