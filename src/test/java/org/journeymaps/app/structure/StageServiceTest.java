package org.journeymaps.app.structure;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.emotion.EmotionInput;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.NotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeymaps.testdata.StageBuilder.aStage;

import java.util.List;
import java.util.Map;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.kernel.LimitExceededException;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class StageServiceTest {
    private final AppFixture app = new AppFixture();
    private final long mapId = app.newMap("Map").id();

    @Test
    void add_shouldInsertAtThePositionAskedAndShiftOnlyTheStagesAfterIt() {
        Stage a = app.addStage(mapId, "A");
        Stage b = app.addStage(mapId, "B");
        app.repository.positionWrites.clear();

        Stage inserted = app.stages.add(mapId, new NewStage("Between", " Some\r\ntext ", 1));

        assertThat(inserted.position()).isEqualTo(1);
        assertThat(inserted.description()).isEqualTo("Some\ntext");
        assertThat(names()).containsExactly("A", "Between", "B");
        assertThat(app.repository.positionWrites).containsExactly(Map.of(b.id(), 2));
        assertThat(app.repository.findStage(a.id())).contains(a);
    }

    @Test
    void add_shouldClampThePositionAndDefaultToTheEnd() {
        app.addStage(mapId, "A");
        app.stages.add(mapId, new NewStage("Last", null, 99));
        app.stages.add(mapId, new NewStage("First", null, -3));
        assertThat(names()).containsExactly("First", "A", "Last");
    }

    @Test
    void add_beyondTheLimit_shouldBeRefusedNamingStages() {
        for (int i = 0; i < Limits.MAX_STAGES; i++) {
            app.addStage(mapId, "Stage " + i);
        }
        long revision = app.storedMap(mapId).revision();

        assertThatThrownBy(() -> app.addStage(mapId, "One too many"))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.field()).isEqualTo("stages");
                    assertThat(e.limit()).isEqualTo(60);
                });
        assertThat(app.repository.stagesOf(mapId)).hasSize(60);
        assertThat(app.storedMap(mapId).revision()).isEqualTo(revision);
    }

    @Test
    void update_shouldPatchNamedFieldsAndBumpTheVersion() {
        Stage stage = app.stages.add(mapId, new NewStage("Discover", "Finding us", null));

        Stage updated = app.stages.update(mapId, stage.id(), new StagePatch(stage.version(), "Explore", null));

        assertThat(updated).isEqualTo(aStage().withId(stage.id()).onMap(mapId).named("Explore")
                .withDescription("Finding us").atVersion(stage.version() + 1).build());
        assertThat(app.repository.findStage(stage.id())).contains(updated);
    }

    @Test
    void update_withAStaleVersion_shouldConflictWithTheCurrentStage() {
        Stage stage = app.addStage(mapId, "Discover");
        Stage bobs = app.stages.update(mapId, stage.id(), new StagePatch(stage.version(), "Bob's", null));

        assertThatThrownBy(() -> app.stages.update(mapId, stage.id(), new StagePatch(stage.version(), "Alice's", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(bobs));
        assertThat(app.repository.findStage(stage.id())).contains(bobs);
    }

    @Test
    void writesToDifferentStages_shouldNotConflict() {
        Stage a = app.addStage(mapId, "A");
        Stage b = app.addStage(mapId, "B");

        app.stages.update(mapId, a.id(), new StagePatch(a.version(), "A by Alice", null));
        Stage bobs = app.stages.update(mapId, b.id(), new StagePatch(b.version(), "B by Bob", null));

        assertThat(bobs.name()).isEqualTo("B by Bob");
        assertThat(names()).containsExactly("A by Alice", "B by Bob");
    }

    @Test
    void update_withInvalidInput_shouldNameTheFieldAndKeepEverything() {
        Stage stage = app.addStage(mapId, "Discover");
        long revision = app.storedMap(mapId).revision();

        assertThatThrownBy(() -> app.stages.update(mapId, stage.id(), new StagePatch(stage.version(), "", null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(app.storedMap(mapId).revision()).isEqualTo(revision);
        assertThat(app.repository.changesOf(mapId)).hasSize((int) revision);
    }

    @Test
    void delete_shouldRemoveTheStageWithItsCardsAndEmotions_andCloseTheGap() {
        Stage a = app.addStage(mapId, "A");
        Stage b = app.addStage(mapId, "B");
        Stage c = app.addStage(mapId, "C");
        long lane = app.addLane(mapId, "Actions", LaneType.ACTIONS).id();
        long doomedCard = app.cards.add(mapId, new NewCard(b.id(), lane, "Doomed", null, null)).id();
        long keptCard = app.cards.add(mapId, new NewCard(c.id(), lane, "Kept", null, null)).id();
        app.emotions.put(mapId, b.id(), new EmotionInput(JourneyState.CURRENT, null, -1, null, null));

        app.stages.delete(mapId, b.id());

        assertThat(names()).containsExactly("A", "C");
        assertThat(app.repository.findStage(c.id()).orElseThrow().position()).isEqualTo(1);
        assertThat(app.repository.findCard(doomedCard)).isEmpty();
        assertThat(app.repository.findCard(keptCard)).isPresent();
        assertThat(app.repository.findEmotion(b.id(), JourneyState.CURRENT, null)).isEmpty();
        assertThat(app.repository.findStage(a.id())).contains(a);
    }

    @Test
    void delete_ofAMissingStage_shouldBeNotFound() {
        assertThatThrownBy(() -> app.stages.delete(mapId, 999))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("stage"));
    }

    @Test
    void reorder_shouldFollowTheIdsAndRewriteOnlyMovedPositions() {
        Stage a = app.addStage(mapId, "A");
        Stage b = app.addStage(mapId, "B");
        Stage c = app.addStage(mapId, "C");
        app.repository.positionWrites.clear();

        List<Stage> reordered = app.stages.reorder(mapId, List.of(a.id(), c.id(), b.id()));

        assertThat(reordered).extracting(Stage::name).containsExactly("A", "C", "B");
        assertThat(names()).containsExactly("A", "C", "B");
        assertThat(app.repository.positionWrites).containsExactly(Map.of(c.id(), 1, b.id(), 2));
        assertThat(app.repository.findStage(c.id()).orElseThrow().version()).isEqualTo(c.version());
    }

    @Test
    void reorder_withIdsThatAreNotExactlyTheStages_shouldBeRefused() {
        Stage a = app.addStage(mapId, "A");
        Stage b = app.addStage(mapId, "B");
        JourneyMap other = app.newMap("Other");
        Stage foreign = app.addStage(other.id(), "Foreign");

        for (List<Long> ids : List.of(List.of(a.id()), List.of(a.id(), foreign.id()), List.of(a.id(), b.id(), b.id()))) {
            assertThatThrownBy(() -> app.stages.reorder(mapId, ids))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("ids"));
        }
        assertThat(names()).containsExactly("A", "B");
    }

    private List<String> names() {
        return app.repository.stagesOf(mapId).stream().map(Stage::name).toList();
    }
}
