package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    private static final String URL = "jdbc:postgresql://db:5432/confluence";

    @Test
    void postgresCredentialsComeFromTheUrlFirstThenTheEnvironment() {
        assertThat(DatabaseUrl.credential(URL + "?user=conf&password=s%C3%A9cret%26", "password", "fallback"))
                .isEqualTo("sécret&");
        assertThat(DatabaseUrl.credential(URL + "?ssl=true&user=conf", "user", "fallback")).isEqualTo("conf");
        assertThat(DatabaseUrl.credential(URL + "?user=conf", "password", "from-env")).isEqualTo("from-env");
        assertThat(DatabaseUrl.credential(URL, "user", null)).isNull();
    }

    @Test
    void refusesOtherDatabasesAndH2OptionsNamingTheUrl() {
        Map<String, String> none = Map.of();

        assertThatThrownBy(() -> DatabaseUrl.open("jdbc:mysql://db/confluence", none::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--db")
                .hasMessageContaining("jdbc:mysql://db/confluence");
        assertThatThrownBy(() -> DatabaseUrl.open("jdbc:h2:file:/tmp/x;MODE=MySQL", none::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without options");
        assertThatThrownBy(() -> DatabaseUrl.open(" ", none::get)).hasMessageContaining("--db");
    }
}
