package it.org.journeymaps.rest;

import static it.org.journeymaps.support.ApiErrors.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A stage's phase through the API: set, kept when absent from a PATCH, cleared by null or "", at most 100 characters. */
class StagePhaseTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @Test
    void aPatchSetsKeepsAndClearsThePhase() {
        FreshMap map = devhost.page("Phases").as("alice").map();
        Api alice = map.editor();
        String stage = map.path() + "/stages/" + map.firstStageId();

        JsonNode set = alice.patch(stage, Map.of("version", 1, "phase", " Avant l'achat ")).expect(200).json();
        assertThat(set.path("phase").asText()).isEqualTo("Avant l'achat");
        JsonNode renamed = alice.patch(stage, Map.of("version", set.path("version").asLong(), "name", "Besoin"))
                .expect(200).json();
        assertThat(renamed.path("phase").asText()).isEqualTo("Avant l'achat");

        assertFieldError(alice.patch(stage, Map.of("version", renamed.path("version").asLong(), "phase", "x".repeat(101))),
                400, "phase");
        Map<String, Object> clear = new HashMap<>();
        clear.put("version", renamed.path("version").asLong());
        clear.put("phase", null);
        JsonNode cleared = alice.patch(stage, clear).expect(200).json();
        assertThat(cleared.path("phase").isNull()).isTrue();
        assertThat(alice.get(map.path()).expect(200).json().path("stages").get(0).path("phase").isNull()).isTrue();
    }
}
