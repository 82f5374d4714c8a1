package org.journeymaps.app.emotion;

import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.Edit;
import org.journeymaps.app.kernel.MapElements;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.kernel.Versions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.journeymaps.app.emotion.EmotionPointDeletion;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.kernel.Require;

/** Sets and clears points of a map's emotion curves. */
@Named
public class EmotionService {
    private final JourneyMapRepository repository;
    private final MapWriter writer;
    private final MapElements elements;
    private final EmotionPointDeletion deletion;

    @Inject
    public EmotionService(JourneyMapRepository repository, MapWriter writer, EmotionPointDeletion deletion) {
        this.repository = repository;
        this.writer = writer;
        this.elements = new MapElements(repository);
        this.deletion = deletion;
    }

    /** Creates or replaces the point of the stage for the input's curve and persona. */
    public EmotionPoint put(long mapId, long stageId, EmotionInput input) {
        return writer.write(mapId, () -> {
            elements.stage(mapId, stageId);
            JourneyState curve = Require.present("curve", input.curve());
            Long personaId = input.personaId();
            if (personaId != null && !repository.personaIdsOfMap(mapId).contains(personaId)) {
                throw new InvalidFieldException("personaId", "is not a persona of this map");
            }
            Optional<EmotionPoint> existing = repository.findEmotion(stageId, curve, personaId);
            if (existing.isPresent()) {
                EmotionPoint current = existing.get();
                if (input.version() == null) {
                    throw new ConflictException(current);
                }
                EmotionPoint replaced = Versions.requireCurrent(current, input.version())
                        .replaced(input.score(), input.note()).nextVersion();
                repository.updateEmotion(replaced);
                return new Edit<>(ChangeKind.UPDATED, ElementType.EMOTION, replaced.id(), replaced);
            }
            if (input.version() != null) {
                throw new NotFoundException("emotion", "at stage " + stageId + " on the " + curve + " curve");
            }
            EmotionPoint created = EmotionPoint.create(mapId, stageId, personaId, curve, input.score(), input.note());
            EmotionPoint saved = created.withId(repository.insertEmotion(created));
            return new Edit<>(ChangeKind.CREATED, ElementType.EMOTION, saved.id(), saved);
        });
    }

    /**
     * Clears the stage's point on a curve (for a persona, or the persona-less one when {@code personaId} is
     * null). {@code version} is the point's version the caller saw; a newer point is a conflict, never deleted.
     */
    public void delete(long mapId, long stageId, JourneyState curve, Long personaId, Long version) {
        writer.write(mapId, () -> {
            elements.stage(mapId, stageId);
            JourneyState presentCurve = Require.present("curve", curve);
            EmotionPoint current = repository.findEmotion(stageId, presentCurve, personaId)
                    .orElseThrow(() -> new NotFoundException("emotion", "at stage " + stageId + " on the " + presentCurve
                            + " curve"));
            Versions.requireCurrent(current, version);
            deletion.deleteEmotion(current.id());
            return new Edit<Void>(ChangeKind.DELETED, ElementType.EMOTION, current.id(), null);
        });
    }
}
