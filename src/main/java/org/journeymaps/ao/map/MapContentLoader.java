package org.journeymaps.ao.map;

import org.journeymaps.ao.emotion.EmotionRows;
import org.journeymaps.ao.jira.IssueLinkRows;
import org.journeymaps.ao.persona.PersonaRows;
import org.journeymaps.ao.structure.CardRows;
import org.journeymaps.ao.structure.LaneRows;
import org.journeymaps.ao.structure.StageRows;
import java.util.List;
import java.util.Optional;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;

/**
 * Loads a whole map with one query per table, whatever its size: every element row points at its map, and the
 * entities preload all their columns, so nothing is read lazily row by row.
 */
final class MapContentLoader {
    private final MapRows maps;
    private final StageRows stages;
    private final LaneRows lanes;
    private final CardRows cards;
    private final EmotionRows emotions;
    private final PersonaRows personas;
    private final IssueLinkRows issueLinks;

    MapContentLoader(MapRows maps, StageRows stages, LaneRows lanes, CardRows cards, EmotionRows emotions,
                     PersonaRows personas, IssueLinkRows issueLinks) {
        this.maps = maps;
        this.stages = stages;
        this.lanes = lanes;
        this.cards = cards;
        this.emotions = emotions;
        this.personas = personas;
        this.issueLinks = issueLinks;
    }

    Optional<MapContent> load(long mapId) {
        return maps.find(mapId).map(map -> {
            List<Long> personaIds = personas.idsOfMap(mapId);
            List<Persona> linked = personaIds.isEmpty() ? List.of() : personas.withIds(personaIds);
            return new MapContent(map, stages.ofMap(mapId), lanes.ofMap(mapId), cards.ofMap(mapId),
                    emotions.ofMap(mapId), linked, issueLinks.ofMap(mapId));
        });
    }
}
