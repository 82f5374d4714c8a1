package org.journeymaps.app.map;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.emotion.EmotionInput;
import org.journeymaps.app.structure.NewCard;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class PageLifecycleTest {
    private static final long COPY_PAGE = 200;
    private final AppFixture app = new AppFixture();
    private final PageLifecycle lifecycle = new PageLifecycle(app.repository, app.clock);

    private JourneyMap mapWithContent(String title) {
        JourneyMap map = app.newMap(title);
        Stage stage = app.addStage(map.id(), "Buy");
        long laneId = app.addLane(map.id(), "Pains", LaneType.PAIN_POINTS).id();
        app.cards.add(map.id(), new NewCard(stage.id(), laneId, "Slow checkout", null, null));
        app.emotions.put(map.id(), stage.id(), new EmotionInput(JourneyState.CURRENT, null, -1, "Tired", null));
        return map;
    }

    @Test
    void pageRemoved_shouldDeleteTheMapsOfThatPageOnly() {
        JourneyMap gone = mapWithContent("Gone");
        app.access.page(COPY_PAGE, AppFixture.SPACE, Right.EDIT);
        JourneyMap kept = app.maps.create(new NewMap(COPY_PAGE, "Kept", null, null, null, null)).content().map();

        lifecycle.pageRemoved(AppFixture.PAGE);

        assertThat(app.repository.findMap(gone.id())).isEmpty();
        assertThat(app.repository.findMap(kept.id())).isPresent();
    }

    @Test
    void pageCopied_shouldCopyEachMapWithItsElementsOntoTheCopyAsANewMap() {
        JourneyMap original = mapWithContent("Journey");

        Map<Long, Long> copies = lifecycle.pageCopied(AppFixture.PAGE, COPY_PAGE, "OTHER", "bob");

        assertThat(copies).containsOnlyKeys(original.id());
        long copyId = copies.get(original.id());
        MapContent from = app.repository.loadContent(original.id()).orElseThrow();
        MapContent copy = app.repository.loadContent(copyId).orElseThrow();
        assertThat(copy.map()).extracting(JourneyMap::pageId, JourneyMap::spaceKey, JourneyMap::title, JourneyMap::revision,
                JourneyMap::createdBy).containsExactly(COPY_PAGE, "OTHER", "Journey", 1L, "bob");
        assertThat(copy.stages()).extracting(Stage::name).isEqualTo(from.stages().stream().map(Stage::name).toList());
        assertThat(copy.cards()).extracting(Card::text).containsExactly("Slow checkout");
        assertThat(copy.cards().get(0).stageId()).isEqualTo(copy.stages().get(0).id());
        assertThat(copy.emotions()).singleElement().satisfies(e -> assertThat(e.score()).isEqualTo(-1));
        assertThat(app.repository.changesOf(copyId)).extracting(MapChange::kind).containsExactly(ChangeKind.CREATED);
        assertThat(app.repository.findMaps(new MapQuery(AppFixture.PAGE, null, null), 0, 10)).hasSize(1);
    }

    @Test
    void pageCopied_ofAPageWithoutMaps_shouldCopyNothing() {
        assertThat(lifecycle.pageCopied(COPY_PAGE, 300, AppFixture.SPACE, "bob")).isEmpty();
        assertThat(app.repository.findMaps(new MapQuery(null, null, null), 0, 10)).isEqualTo(List.of());
    }
}
