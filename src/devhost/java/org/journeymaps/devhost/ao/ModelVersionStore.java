package org.journeymaps.devhost.ao;

import com.atlassian.activeobjects.external.ModelVersion;
import java.util.List;

/** Where devhost keeps each namespace's model version (Confluence keeps it in plugin settings). */
final class ModelVersionStore {
    static final String TABLE = "DEVHOST_AO_MODEL_VERSION";
    private static final String QUOTED_TABLE = AoNames.quote(TABLE);

    private final SqlRunner sql;

    ModelVersionStore(SqlRunner sql) {
        this.sql = sql;
    }

    ModelVersion current(String namespace) {
        ensureTable();
        String[] stored = new String[1];
        sql.query("SELECT \"MODEL_VERSION\" FROM " + QUOTED_TABLE + " WHERE \"NAMESPACE\" = ?", List.of(namespace),
                row -> stored[0] = row.getString(1));
        return ModelVersion.valueOf(stored[0]);
    }

    void update(String namespace, ModelVersion version) {
        int updated = sql.update("UPDATE " + QUOTED_TABLE + " SET \"MODEL_VERSION\" = ? WHERE \"NAMESPACE\" = ?",
                List.of(version.toString(), namespace));
        if (updated == 0) {
            sql.update("INSERT INTO " + QUOTED_TABLE + " (\"NAMESPACE\", \"MODEL_VERSION\") VALUES (?, ?)",
                    List.of(namespace, version.toString()));
        }
    }

    private void ensureTable() {
        if (sql.metadata(connection -> SchemaReader.columns(connection, TABLE)).isEmpty()) {
            sql.execute("CREATE TABLE " + QUOTED_TABLE
                    + " (\"NAMESPACE\" VARCHAR(255) NOT NULL PRIMARY KEY, \"MODEL_VERSION\" VARCHAR(32) NOT NULL)");
        }
    }
}
