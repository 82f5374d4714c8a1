package org.journeymaps.devhost.demo;

import org.journeymaps.devhost.demo.DemoFiles.DemoFile;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.journeymaps.domain.structure.LaneType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The demo files are read strictly: a wrong one names its file and field. */
class DemoFilesTest {

    private static final String VALID = """
            {"page": "P", "title": "T",
             "stages": [{"name": "S0"}, {"name": "S1"}],
             "lanes": [{"name": "L0", "type": "ACTIONS"}],
             "cards": [{"stage": 1, "lane": 0, "text": "C"}],
             "emotions": [{"stage": 0, "score": -2}]}""";

    @Test
    void theDemoFilesOnTheClassPathAreReadInNameOrderAndNameTheDemoPages() {
        List<DemoFile> files = DemoFiles.readAll(getClass().getClassLoader(), DemoFiles.FOLDER);

        assertThat(files).extracting(DemoFile::name).containsExactly("demo/besoin-recommandation.json",
                "demo/carol-onboarding.json", "demo/ticket-service-desk.json", "demo/veste-hiver.json");
        assertThat(files).filteredOn(f -> f.content().space().equals(DemoDirectory.DEMO_SPACE))
                .extracting(f -> f.content().page())
                .containsExactlyInAnyOrderElementsOf(DemoDirectory.DEMO_PAGE_TITLES);
        assertThat(files).filteredOn(f -> f.content().space().equals(DemoDirectory.CAROL_SPACE))
                .extracting(f -> f.content().page(), f -> f.content().author())
                .containsExactly(tuple(DemoDirectory.CAROL_PAGE_TITLE, "carol"));
    }

    @Test
    void aFileWithoutSpaceOrAuthorGoesToDemoAsAlice() {
        DemoMapFile content = DemoFiles.parse("demo/x.json", VALID).content();

        assertThat(content.space()).isEqualTo("DEMO");
        assertThat(content.author()).isEqualTo("alice");
        assertThat(content.lanes().get(0).type()).isEqualTo(LaneType.ACTIONS);
        assertThat(content.cards().get(0).stage()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing title             | \"title\": \"T\",                     | ''                                        | title",
            "blank page                | \"page\": \"P\"                       | \"page\": \" \"                           | page",
            "unknown lane type         | \"type\": \"ACTIONS\"                 | \"type\": \"SWIMLANE\"                    | lanes[0].type",
            "unknown field             | \"text\": \"C\"                       | \"text\": \"C\", \"colour\": \"red\"      | cards[0].colour",
            "card on a missing lane    | \"lane\": 0                          | \"lane\": 1                              | cards[0].lane",
            "card on a negative stage  | \"stage\": 1, \"lane\"                | \"stage\": -1, \"lane\"                   | cards[0].stage",
            "card without text         | , \"text\": \"C\"                     | ''                                        | cards[0].text",
            "emotion without score     | , \"score\": -2                      | ''                                        | emotions[0].score",
            "fractional score          | \"score\": -2                        | \"score\": 1.5                           | emotions[0].score",
            "no lanes                  | [{\"name\": \"L0\", \"type\": \"ACTIONS\"}] | []                                  | lanes",
    })
    void aWrongFileIsRefusedNamingTheFileAndTheField(String why, String replaced, String by, String field) {
        String json = VALID.replace(replaced, by);
        assertThat(json).as("the test's edit applies").isNotEqualTo(VALID);

        assertThatThrownBy(() -> DemoFiles.parse("demo/broken.json", json))
                .isInstanceOfSatisfying(InvalidDemoFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("demo/broken.json");
                    assertThat(e.field()).isEqualTo(field);
                })
                .hasMessageStartingWith("Demo file demo/broken.json: " + field + " ");
    }

    @Test
    void malformedJsonIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> DemoFiles.parse("demo/broken.json", "{\"page\": "))
                .isInstanceOf(InvalidDemoFileException.class)
                .hasMessageStartingWith("Demo file demo/broken.json: (file) is not valid JSON");
    }
}
