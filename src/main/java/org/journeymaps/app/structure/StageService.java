package org.journeymaps.app.structure;

import org.journeymaps.app.kernel.Edit;
import org.journeymaps.app.kernel.MapElements;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.Versions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.structure.Ordering;
import org.journeymaps.domain.structure.Stage;

/** Adds, changes, removes and reorders the stages (columns) of a map. */
@Named
public class StageService {
    private final JourneyMapRepository repository;
    private final MapWriter writer;
    private final MapElements elements;

    @Inject
    public StageService(JourneyMapRepository repository, MapWriter writer) {
        this.repository = repository;
        this.writer = writer;
        this.elements = new MapElements(repository);
    }

    public Stage add(long mapId, NewStage command) {
        return writer.write(mapId, () -> {
            List<Stage> stages = repository.stagesOf(mapId);
            Limits.requireRoomForOneMore("stages", stages.size(), Limits.MAX_STAGES);
            Stage placed = Stage.create(mapId, command.name(), command.description(), command.phase())
                    .withPosition(Ordering.insertionIndex(command.position(), stages.size()));
            repository.updateStagePositions(Ordering.positionChanges(stages, Ordering.insert(stages, placed)));
            Stage saved = placed.withId(repository.insertStage(placed));
            return new Edit<>(ChangeKind.CREATED, ElementType.STAGE, saved.id(), saved);
        });
    }

    public Stage update(long mapId, long stageId, StagePatch patch) {
        return writer.write(mapId, () -> {
            Stage current = Versions.requireCurrent(elements.stage(mapId, stageId), patch.version());
            Stage edited = current.edited(patch.name(), patch.description(), patch.phase()).nextVersion();
            repository.updateStage(edited);
            return new Edit<>(ChangeKind.UPDATED, ElementType.STAGE, stageId, edited);
        });
    }

    /** Removes the stage with its cards and emotion points, closing the gap it leaves. */
    public void delete(long mapId, long stageId) {
        writer.write(mapId, () -> {
            elements.stage(mapId, stageId);
            List<Stage> stages = repository.stagesOf(mapId);
            repository.deleteStage(stageId);
            repository.updateStagePositions(Ordering.positionChanges(stages, Ordering.remove(stages, stageId)));
            return new Edit<Void>(ChangeKind.DELETED, ElementType.STAGE, stageId, null);
        });
    }

    /** Puts the stages in the order of {@code ids}, which must name each stage of the map exactly once. */
    public List<Stage> reorder(long mapId, List<Long> ids) {
        return writer.write(mapId, () -> {
            List<Stage> stages = repository.stagesOf(mapId);
            List<Stage> reordered = Ordering.reorder(stages, ids);
            repository.updateStagePositions(Ordering.positionChanges(stages, reordered));
            return new Edit<>(ChangeKind.REORDERED, ElementType.STAGE, mapId, reordered);
        });
    }
}
