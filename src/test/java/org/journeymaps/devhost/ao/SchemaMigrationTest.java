package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest extends AoDatabaseTest {

    /** Valid in every way except its column length. */
    public interface TooLong extends Entity {
        @StringLength(451)
        String getSummary();

        void setSummary(String summary);
    }

    @Test
    void createsTablesWithAoNamesAndTypes() {
        Map<String, String> expected = database == TestDatabase.H2
                ? Map.of("ID", "INTEGER not null", "TITLE", "CHARACTER VARYING(100) not null",
                        "DESCRIPTION", "CHARACTER LARGE OBJECT null", "STATE", "CHARACTER VARYING(255) null",
                        "ARCHIVED", "BOOLEAN null", "REVIEW_DUE", "TIMESTAMP null", "REVISION", "BIGINT null")
                : Map.of("ID", "serial not null", "TITLE", "varchar(100) not null",
                        "DESCRIPTION", "text null", "STATE", "varchar(255) null",
                        "ARCHIVED", "bool null", "REVIEW_DUE", "timestamp null", "REVISION", "int8 null");

        assertThat(ao.tableName(TestMap.class)).isEqualTo(AoNames.tablePrefix(NAMESPACE) + "MAP");
        assertThat(columns(ao.tableName(TestMap.class))).isEqualTo(expected);
        assertThat(columns(ao.tableName(TestStage.class))).containsKeys("ID", "MAP_ID", "NAME", "POSITION", "NOTE");
    }

    @Test
    void foreignKeysAreConstrainedAndIndexedAndIndexedColumnsGetAnIndex() {
        TestMap map = map("Journey");
        stage(map, "Discover", 0);

        assertThat(referencedTables(ao.tableName(TestStage.class))).containsExactly(ao.tableName(TestMap.class));
        assertThat(indexedColumns(ao.tableName(TestStage.class))).contains("MAP_ID");
        assertThat(indexedColumns(ao.tableName(TestMap.class))).contains("TITLE");
        assertThatThrownBy(() -> ao.deleteWithSQL(TestMap.class, "ID = ?", map.getID()))
                .isInstanceOf(DevhostAoException.class);
    }

    @Test
    void migratingAgainChangesNothing() {
        assertThat(statementsOf(this::migrateEntities)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsAMissingColumnToAnExistingTableWithoutLosingData() {
        ao.migrate(TestNoteV1.class);
        int id = ao.create(TestNoteV1.class, new DBParam("TEXT", "Café ☕")).getID();

        ao.migrate(TestNoteV2.class);
        TestNoteV2 note = ao.get(TestNoteV2.class, id);

        assertThat(note.getText()).isEqualTo("Café ☕");
        assertThat(note.getAuthor()).isNull();
        note.setAuthor("Élise");
        note.save();
        assertThat(ao.get(TestNoteV2.class, id).getAuthor()).isEqualTo("Élise");
        assertThat(indexedColumns(ao.tableName(TestNoteV2.class))).contains("AUTHOR");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInvalidEntityStopsTheMigrationBeforeAnyStatement() {
        long statements = statementsOf(() -> assertThatThrownBy(() -> ao.migrate(TestNoteV1.class, TooLong.class))
                .isInstanceOf(InvalidEntityException.class)
                .hasMessageContaining("@StringLength"));

        assertThat(statements).isZero();
        assertThat(columns(ao.tableName(TestNoteV1.class))).isEmpty();
    }

    private Map<String, String> columns(String table) {
        return metadata(connection -> {
            Map<String, String> columns = new LinkedHashMap<>();
            try (ResultSet rows = connection.getMetaData().getColumns(null, connection.getSchema(), table, null)) {
                while (rows.next()) {
                    String type = rows.getString("TYPE_NAME");
                    boolean sized = rows.getInt("DATA_TYPE") == java.sql.Types.VARCHAR
                            && rows.getInt("COLUMN_SIZE") < Integer.MAX_VALUE;
                    columns.put(rows.getString("COLUMN_NAME"), (sized ? type + "(" + rows.getInt("COLUMN_SIZE") + ")" : type)
                            + (rows.getInt("NULLABLE") == java.sql.DatabaseMetaData.columnNoNulls ? " not null" : " null"));
                }
            }
            return columns;
        });
    }

    private Set<String> referencedTables(String table) {
        return metadata(connection -> {
            Set<String> referenced = new HashSet<>();
            try (ResultSet rows = connection.getMetaData().getImportedKeys(null, connection.getSchema(), table)) {
                while (rows.next()) {
                    referenced.add(rows.getString("PKTABLE_NAME"));
                }
            }
            return referenced;
        });
    }

    private Set<String> indexedColumns(String table) {
        return metadata(connection -> {
            Set<String> indexed = new HashSet<>();
            try (ResultSet rows = connection.getMetaData().getIndexInfo(null, connection.getSchema(), table, false, false)) {
                while (rows.next()) {
                    indexed.add(rows.getString("COLUMN_NAME"));
                }
            }
            return indexed;
        });
    }

    private <T> T metadata(TransactionalConnections.Work<T> work) {
        try (Connection connection = openDatabase.dataSource().getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
