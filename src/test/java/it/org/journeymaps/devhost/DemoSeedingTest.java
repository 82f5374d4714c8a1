package it.org.journeymaps.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import org.journeymaps.devhost.DevHost;
import org.journeymaps.devhost.DevHostConfig;
import org.journeymaps.devhost.demo.DemoFiles;
import org.journeymaps.devhost.demo.DemoFiles.DemoFile;
import org.journeymaps.devhost.demo.DemoMapFile;
import org.journeymaps.devhost.demo.InvalidDemoFileException;
import org.journeymaps.devhost.demo.JourneyMapsDemoSeeder;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.journeymaps.devhost.directory.DevDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.atlassian.confluence.pages.DevHostPages.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo seeder fills a fresh database with the maps of {@code demo/*.json} once, and puts them on their pages on
 * every start.
 */
class DemoSeedingTest {

    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\">"
                    + "<ac:parameter ac:name=\"mapId\">(\\d+)</ac:parameter></ac:structured-macro>");

    @TempDir
    Path dataDir;

    @Test
    void aFreshStartCreatesEachDemoMapOnItsPageAndARestartKeepsThem() throws Exception {
        List<DemoFile> files = DemoFiles.readAll(getClass().getClassLoader(), DemoFiles.FOLDER);
        List<Long> mapIds = new ArrayList<>();
        try (DevHost host = DevHost.start(config())) {
            for (DemoFile file : files) {
                long mapId = mapOnPage(host.directory(), file.content());
                mapIds.add(mapId);
                assertMapHolds(host, file.content(), mapId);
            }
            assertThat(personaNames(host, "DEMO")).containsExactlyInAnyOrder("Julie, acheteuse prudente",
                    "Marc, commercial pressé", "Sophie, cliente connectée");
            assertThat(personaNames(host, "CAROL")).containsExactly("Sam, operations manager");
            long pageId = idOf(host.directory().page("DEMO", DemoDirectory.DEMO_PAGE_TITLES.get(0)).orElseThrow());
            assertThat(host.directory().body(pageId)).startsWith("<p>Cette page présente la carte de parcours « "
                    + "Achat d&#39;une veste d&#39;hiver en ligne »");
        }

        try (DevHost restarted = DevHost.start(config())) {
            List<Long> again = new ArrayList<>();
            for (DemoFile file : files) {
                again.add(mapOnPage(restarted.directory(), file.content()));
            }
            assertThat(again).as("the same maps, on the same pages").isEqualTo(mapIds);
            assertThat(get(restarted, "admin", "/maps?limit=100").path("size").asInt()).isEqualTo(files.size());
            assertThat(personaNames(restarted, "DEMO")).hasSize(3);
        }
    }

    @Test
    void aDemoFileTheAppRefusesStopsStartUpNamingTheFileAndTheField() {
        DemoFile tooLong = DemoFiles.parse("demo/too-long.json", """
                {"page": "%s", "title": "Trop long",
                 "stages": [{"name": "Étape"}], "lanes": [{"name": "Actions", "type": "ACTIONS"}],
                 "cards": [{"stage": 0, "lane": 0, "text": "Ok"}, {"stage": 0, "lane": 0, "text": "%s"}]}"""
                .formatted(DemoDirectory.DEMO_PAGE_TITLES.get(0), "x".repeat(2_001)));

        assertThatThrownBy(() -> DevHost.start(config().withSeeders(List.of(new JourneyMapsDemoSeeder(List.of(tooLong))))))
                .isInstanceOfSatisfying(InvalidDemoFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("demo/too-long.json");
                    assertThat(e.field()).isEqualTo("cards[1].text");
                });
    }

    @Test
    void aDemoFileNamingAnUnknownPageStopsStartUp() {
        DemoFile lost = DemoFiles.parse("demo/lost.json", """
                {"page": "Nowhere", "title": "Lost", "stages": [{"name": "S"}],
                 "lanes": [{"name": "L", "type": "TEXT"}]}""");

        assertThatThrownBy(() -> DevHost.start(config().withSeeders(List.of(new JourneyMapsDemoSeeder(List.of(lost))))))
                .isInstanceOf(InvalidDemoFileException.class)
                .hasMessageContaining("demo/lost.json: page names no page of space DEMO: 'Nowhere'");
    }

    private DevHostConfig config() {
        return DevHostConfig.defaults().withPort(0).withDataDir(dataDir);
    }

    /** The one map the page's body shows, by its macro. */
    private static long mapOnPage(DevDirectory directory, DemoMapFile demo) {
        long pageId = idOf(directory.page(demo.space(), demo.page()).orElseThrow());
        Matcher macro = MACRO.matcher(directory.body(pageId));
        assertThat(macro.find()).as("the page '" + demo.page() + "' shows a journey map").isTrue();
        long mapId = Long.parseLong(macro.group(1));
        assertThat(macro.find()).as("the page shows one map").isFalse();
        return mapId;
    }

    private static void assertMapHolds(DevHost host, DemoMapFile demo, long mapId) {
        JsonNode map = get(host, demo.author(), "/maps/" + mapId);
        assertThat(map.path("title").asText()).isEqualTo(demo.title());
        assertThat(map.path("description").asText()).isEqualTo(demo.description());
        assertThat(map.path("stages")).hasSize(demo.stages().size());
        assertThat(map.path("lanes")).hasSize(demo.lanes().size());
        assertThat(map.path("cards")).hasSize(demo.cards().size());
        assertThat(map.path("emotions")).hasSize(demo.emotions().size());
        assertThat(map.path("personas")).hasSize(demo.personas().size());
        assertThat(map.path("stages").get(0).path("name").asText()).isEqualTo(demo.stages().get(0).name());
        DemoMapFile.CardEntry lastCard = demo.cards().get(demo.cards().size() - 1);
        long lastCardStage = map.path("stages").get(lastCard.stage()).path("id").asLong();
        long lastCardLane = map.path("lanes").get(lastCard.lane()).path("id").asLong();
        assertThat(map.path("cards").findParents("text")).anySatisfy(card -> {
            assertThat(card.path("text").asText()).isEqualTo(lastCard.text());
            assertThat(card.path("stageId").asLong()).isEqualTo(lastCardStage);
            assertThat(card.path("laneId").asLong()).isEqualTo(lastCardLane);
        });
    }

    private static List<String> personaNames(DevHost host, String spaceKey) {
        List<String> names = new ArrayList<>();
        get(host, "admin", "/spaces/" + spaceKey + "/personas").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    private static JsonNode get(DevHost host, String user, String path) {
        return Api.of(host.baseUrl(), user).get(path).expect(200).json();
    }
}
