package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AoDataSourcesTest {

    @Test
    @SuppressWarnings("unchecked")
    void anH2FileDatabaseKeepsItsDataWhenReopened(@TempDir Path directory) {
        Path file = directory.resolve("devhost");
        try (HikariDataSource first = AoDataSources.h2File(file)) {
            JdbcActiveObjects ao = new JdbcActiveObjects(first, "org.journeymaps.test");
            ao.migrate(TestNoteV1.class);
            ao.create(TestNoteV1.class, new DBParam("TEXT", "Équipe — café ☕ 🧥"));
        }

        try (HikariDataSource reopened = AoDataSources.h2File(file)) {
            JdbcActiveObjects ao = new JdbcActiveObjects(reopened, "org.journeymaps.test");
            assertThat(ao.find(TestNoteV1.class, Query.select())).extracting(TestNoteV1::getText)
                    .containsExactly("Équipe — café ☕ 🧥");
        }
    }

    @Test
    void postgresRefusesAnotherDatabasesUrl() {
        assertThatThrownBy(() -> AoDataSources.postgres("jdbc:h2:mem:x", "sa", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:h2:mem:x");
    }
}
