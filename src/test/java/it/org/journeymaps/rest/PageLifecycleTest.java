package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.journeymaps.devhost.directory.DevPageActions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A map follows its page: trashed with it, restored with it, purged with it, copied with it. */
class PageLifecycleTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static Api alice;
    private static DevPageActions pages;

    @BeforeAll
    static void users() {
        alice = devhost.as("alice");
        pages = devhost.host().pageActions();
    }

    @Test
    void trashingThePageHidesItsMapsAndRestoringItBringsThemBack() {
        FreshMap map = devhost.page("Lifecycle: trash").as("alice").newMap("Trashed with its page");
        long pageId = map.pageId();

        pages.trash(pageId);
        alice.get(map.path()).expect(404);
        alice.get(map.path() + "/changes?since=1").expect(404);
        alice.patch(map.path(), Map.of("version", map.version(), "title", "Still here?")).expect(404);
        assertThat(alice.get("/maps?spaceKey=" + DemoDirectory.DEMO_SPACE + "&q=Trashed").expect(200).json()
                .path("results")).isEmpty();

        pages.restore(pageId);
        assertThat(alice.get(map.path()).expect(200).json().path("title").asText()).isEqualTo("Trashed with its page");
        assertThat(alice.get("/maps?pageId=" + pageId).expect(200).json().path("results")).hasSize(1);
    }

    @Test
    void purgingThePageDeletesItsMaps() {
        FreshMap map = devhost.page("Lifecycle: purge").as("alice").newMap("Purged with its page");
        long pageId = map.pageId();
        assertThatThrownBy(() -> pages.purge(pageId)).hasMessageContaining("not in the trash");

        pages.trash(pageId);
        pages.purge(pageId);

        alice.get(map.path()).expect(404);
        assertThat(devhost.host().applicationContext().getBean(JourneyMapRepository.class).findMap(map.id())).isEmpty();
    }

    @Test
    void copyingAPageCopiesItsMapsAndPointsTheCopiedMacroAtThem() {
        FreshMap map = devhost.page("Lifecycle: copy").as("alice").newMap("Copied with its page");
        long pageId = map.pageId();
        devhost.host().directory().updateBody(pageId, "<p>Intro</p>" + macro(map.id()));

        long copyId = pages.copy(pageId, "Lifecycle: copy (2)", "alice");

        JsonNode copies = alice.get("/maps?pageId=" + copyId).expect(200).json().path("results");
        assertThat(copies).hasSize(1);
        long copiedMapId = copies.get(0).path("id").asLong();
        assertThat(copiedMapId).isNotEqualTo(map.id());
        JsonNode original = alice.get(map.path()).expect(200).json();
        JsonNode copy = alice.get("/maps/" + copiedMapId).expect(200).json();
        assertThat(copy.path("title").asText()).isEqualTo("Copied with its page");
        assertThat(copy.path("stages").findValuesAsText("name")).isEqualTo(original.path("stages").findValuesAsText("name"));
        assertThat(copy.path("cards").findValuesAsText("text")).isEqualTo(original.path("cards").findValuesAsText("text"));
        assertThat(copy.path("revision").asLong()).isEqualTo(1);
        assertThat(devhost.host().directory().body(copyId)).isEqualTo("<p>Intro</p>" + macro(copiedMapId));
        assertThat(devhost.host().directory().body(pageId)).isEqualTo("<p>Intro</p>" + macro(map.id()));
    }

    private static String macro(long mapId) {
        return "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\"><ac:parameter ac:name=\"mapId\">"
                + mapId + "</ac:parameter></ac:structured-macro>";
    }
}
