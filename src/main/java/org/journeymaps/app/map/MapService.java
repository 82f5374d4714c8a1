package org.journeymaps.app.map;

import org.journeymaps.app.counterpart.Counterparts;
import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.Edit;
import org.journeymaps.app.kernel.MapAccess;
import org.journeymaps.app.kernel.MapPermissions;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.kernel.Versions;
import org.journeymaps.app.persona.PersonaLinks;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.app.template.InitialLayout;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.journeymaps.app.kernel.AccessPolicy;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.app.kernel.PageAccess;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.kernel.Require;
import org.journeymaps.domain.structure.Stage;
import org.journeymaps.domain.kernel.TextField;

/** Lists, reads, creates, changes and deletes maps, and serves their change feed. */
@Named
public class MapService {
    private static final TextField SPACE_KEY = TextField.optionalLine("spaceKey", Limits.NAME_LENGTH);
    private static final TextField TITLE_QUERY = TextField.optionalLine("q", Limits.TITLE_LENGTH);

    private final JourneyMapRepository repository;
    private final AccessGuard guard;
    private final MapWriter writer;
    private final Clock clock;
    private final VisibleMaps visibleMaps;
    private final PersonaLinks personaLinks;
    private final Counterparts counterparts;

    @Inject
    public MapService(JourneyMapRepository repository, AccessPolicy accessPolicy, AccessGuard guard, MapWriter writer,
                      Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.writer = writer;
        this.clock = clock;
        this.visibleMaps = new VisibleMaps(repository, accessPolicy);
        this.personaLinks = new PersonaLinks(repository);
        this.counterparts = new Counterparts(repository, guard);
    }

    /** The maps matching {@code query} whose page the caller may view; {@code start} counts those only. */
    public MapPage list(MapQuery query, int start, int limit) {
        MapQuery normalised = new MapQuery(query.pageId(), SPACE_KEY.normalise(query.spaceKey()),
                TITLE_QUERY.normalise(query.titleContains()));
        return visibleMaps.page(normalised, start, limit);
    }

    public MapView get(long mapId) {
        MapAccess access = guard.readableMap(mapId);
        MapContent content = repository.inTransaction(() -> repository.loadContent(mapId))
                .orElseThrow(() -> guard.hidden("map", mapId));
        return new MapView(content, MapPermissions.of(access.page()));
    }

    /**
     * Creates a map on a page the caller may edit, with the stages, lanes, cards and emotion points given (none by
     * default), as one change.
     */
    public MapView create(NewMap command) {
        PageAccess page = guard.editablePage(Require.present("pageId", command.pageId()));
        String authorKey = guard.authorKey();
        Instant at = clock.now();
        JourneyMap draft = JourneyMap.create(command.pageId(), page.spaceKey(), command.title(), command.description(),
                command.state(), authorKey, at);
        MapContent content = repository.inTransaction(() -> {
            JourneyMap map = draft.withId(repository.insertMap(draft));
            List<Stage> stages = InitialLayout.layOut("stages", Limits.MAX_STAGES, command.stages(),
                            (NewStage s) -> Stage.create(map.id(), s.name(), s.description(), s.phase()), NewStage::position)
                    .stream().map(stage -> stage.withId(repository.insertStage(stage))).toList();
            List<Lane> lanes = InitialLayout.layOut("lanes", Limits.MAX_LANES, command.lanes(),
                            (NewLane l) -> Lane.create(map.id(), l.name(), l.type()), NewLane::position)
                    .stream().map(lane -> lane.withId(repository.insertLane(lane))).toList();
            List<Card> cards = InitialLayout.cards(map.id(), stages, lanes, command.cards())
                    .stream().map(card -> card.withId(repository.insertCard(card))).toList();
            List<EmotionPoint> emotions = InitialLayout.emotions(map.id(), map.state(), stages, command.emotions())
                    .stream().map(point -> point.withId(repository.insertEmotion(point))).toList();
            repository.appendChange(new MapChange(map.id(), map.revision(), authorKey, at, ChangeKind.CREATED,
                    ElementType.MAP, map.id()));
            return new MapContent(map, stages, lanes, cards, emotions, List.of(), List.of());
        });
        return new MapView(content, MapPermissions.of(page));
    }

    /** Changes the map's own fields (and its personas); returns the map as now stored. */
    public JourneyMap update(long mapId, MapPatch patch) {
        try {
            return writer.write(mapId, () -> {
                // Read after the revision bump, so the result carries the new revision.
                JourneyMap current = repository.findMap(mapId).orElseThrow(() -> new NotFoundException("map", mapId));
                Versions.requireCurrent(current, patch.version());
                JourneyMap edited = counterparts.link(current, current.edited(patch.title(), patch.description(),
                        patch.state(), patch.ownerKey(), patch.reviewDue()), patch.counterpartMapId()).nextVersion();
                repository.updateMap(edited);
                if (patch.personaIds() != null) {
                    personaLinks.replace(edited, patch.personaIds());
                }
                return new Edit<>(ChangeKind.UPDATED, ElementType.MAP, mapId, edited);
            });
        } catch (ConflictException stale) {
            // The map in hand carried the rolled-back revision bump: report the map as committed instead.
            throw new ConflictException(repository.findMap(mapId).orElseThrow(() -> guard.hidden("map", mapId)));
        }
    }

    /**
     * Deletes the map with everything of it. Maps linked to it as their counterpart lose the link, a change of
     * theirs.
     */
    public void delete(long mapId) {
        JourneyMap map = guard.editableMap(mapId).map();
        String authorKey = guard.authorKey();
        repository.inTransaction(() -> {
            for (JourneyMap linked : counterparts.pointingAt(map)) {
                writer.record(linked.id(), authorKey, ChangeKind.UPDATED, ElementType.MAP, linked.id());
                JourneyMap fresh = repository.findMap(linked.id())
                        .orElseThrow(() -> new NotFoundException("map", linked.id()));
                repository.updateMap(fresh.withCounterpart(null).nextVersion());
            }
            repository.deleteMap(mapId);
            return null;
        });
    }

    /**
     * The changes after revision {@code since}; a {@link ChangesExpiredException} when some of them are no longer
     * kept (the client reloads the map instead).
     */
    public MapChanges changesSince(long mapId, long since) {
        JourneyMap map = guard.readableMap(mapId).map();
        if (since < 0 || since > map.revision()) {
            throw new InvalidFieldException("since", "must be between 0 and " + map.revision());
        }
        if (since < map.revision()) {
            OptionalLong oldest = repository.oldestKeptRevision(mapId);
            if (oldest.isEmpty() || oldest.getAsLong() > since + 1) {
                throw new ChangesExpiredException(mapId, since);
            }
        }
        List<MapChange> changes = repository.changesSince(mapId, since, MapChanges.MAX_CHANGES + 1);
        if (changes.size() > MapChanges.MAX_CHANGES) {
            List<MapChange> first = changes.subList(0, MapChanges.MAX_CHANGES);
            return new MapChanges(first.get(first.size() - 1).revision(), first, true);
        }
        // Changes committed after the map was read may be included: the revision must then cover them too.
        long last = changes.isEmpty() ? map.revision() : changes.get(changes.size() - 1).revision();
        return new MapChanges(Math.max(map.revision(), last), changes, false);
    }
}
