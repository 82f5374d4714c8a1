package org.journeymaps.app.map;

import static org.journeymaps.domain.kernel.Versioned.FIRST_VERSION;
import static org.journeymaps.domain.kernel.Versioned.UNSAVED_ID;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;

/**
 * A map follows its page. The host reports what happened to the page (no caller permission is checked: Confluence
 * already allowed the purge or the copy). A page in the trash needs nothing here: its maps are hidden because the
 * access policy treats a trashed page as missing, and come back with it.
 */
@Named
public class PageLifecycle {
    private static final int BATCH = 100;

    private final JourneyMapRepository repository;
    private final Clock clock;

    @Inject
    public PageLifecycle(JourneyMapRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The page was purged: its maps go, with everything of them. */
    public void pageRemoved(long pageId) {
        List<JourneyMap> maps = mapsOn(pageId);
        repository.inTransaction(() -> {
            maps.forEach(map -> repository.deleteMap(map.id()));
            return null;
        });
    }

    /**
     * The page was copied: each of its maps is copied to the copy (stages, lanes, cards, emotion points, and the
     * personas when the copy is in the same space; not Jira links, comments or history), each as one change by
     * {@code authorKey}. Returns the new map id of each original map id, in the original order.
     */
    public Map<Long, Long> pageCopied(long originPageId, long copyPageId, String copySpaceKey, String authorKey) {
        Map<Long, Long> copies = new LinkedHashMap<>();
        for (JourneyMap map : mapsOn(originPageId)) {
            repository.inTransaction(() -> repository.loadContent(map.id()))
                    .ifPresent(content -> copies.put(map.id(), repository.inTransaction(
                            () -> copy(content, copyPageId, copySpaceKey, authorKey))));
        }
        return copies;
    }

    private long copy(MapContent content, long pageId, String spaceKey, String authorKey) {
        JourneyMap from = content.map();
        Instant at = clock.now();
        JourneyMap draft = new JourneyMap(UNSAVED_ID, pageId, spaceKey, from.title(), from.description(), from.state(), null,
                from.ownerKey(), from.reviewDue(), JourneyMap.FIRST_REVISION, FIRST_VERSION, authorKey, at, authorKey, at);
        long mapId = repository.insertMap(draft);
        Map<Long, Long> stageIds = new HashMap<>();
        for (Stage s : content.stages()) {
            stageIds.put(s.id(), repository.insertStage(new Stage(UNSAVED_ID, mapId, s.name(), s.description(), s.phase(), s.position(),
                    FIRST_VERSION)));
        }
        Map<Long, Long> laneIds = new HashMap<>();
        for (Lane l : content.lanes()) {
            laneIds.put(l.id(), repository.insertLane(new Lane(UNSAVED_ID, mapId, l.name(), l.type(), l.position(),
                    FIRST_VERSION)));
        }
        for (Card c : content.cards()) {
            repository.insertCard(new Card(UNSAVED_ID, mapId, stageIds.get(c.stageId()), laneIds.get(c.laneId()),
                    c.position(), c.text(), c.attributes(), FIRST_VERSION));
        }
        boolean sameSpace = spaceKey.equals(from.spaceKey());
        for (EmotionPoint e : content.emotions()) {
            if (e.personaId() == null || sameSpace) {
                repository.insertEmotion(new EmotionPoint(UNSAVED_ID, mapId, stageIds.get(e.stageId()),
                        e.personaId(), e.curve(), e.score(), e.note(), FIRST_VERSION));
            }
        }
        if (sameSpace) {
            content.personas().stream().map(Persona::id).forEach(personaId -> repository.linkPersona(mapId, personaId));
        }
        repository.appendChange(new MapChange(mapId, JourneyMap.FIRST_REVISION, authorKey, at, ChangeKind.CREATED,
                ElementType.MAP, mapId));
        return mapId;
    }

    private List<JourneyMap> mapsOn(long pageId) {
        List<JourneyMap> maps = new ArrayList<>();
        MapQuery query = new MapQuery(pageId, null, null);
        for (int offset = 0; ; offset += BATCH) {
            List<JourneyMap> batch = repository.findMaps(query, offset, BATCH);
            maps.addAll(batch);
            if (batch.size() < BATCH) {
                return maps;
            }
        }
    }
}
