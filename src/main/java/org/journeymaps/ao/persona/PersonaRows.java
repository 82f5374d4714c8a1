package org.journeymaps.ao.persona;

import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.map.AoJourneyMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.journeymaps.domain.persona.Persona;

/** The personas of the space libraries and their links to maps. */
public final class PersonaRows {
    private final Rows rows;

    public PersonaRows(Rows rows) {
        this.rows = rows;
    }

    public Optional<Persona> find(long personaId) {
        return rows.find(AoPersona.class, personaId).map(PersonaRows::toDomain);
    }

    public List<Persona> ofSpace(String spaceKey) {
        Query query = Query.select().where("SPACE_KEY = ?", spaceKey).order("\"NAME\", \"ID\"");
        return rows.list(AoPersona.class, query).stream().map(PersonaRows::toDomain).toList();
    }

    /** The personas with these ids, in one query unless there are more than {@link Rows#IN_LIST_SIZE}. */
    public List<Persona> withIds(Collection<Long> personaIds) {
        List<Persona> personas = new ArrayList<>();
        for (List<Long> ids : Rows.chunks(personaIds)) {
            rows.list(AoPersona.class, Query.select().where(Rows.idIn("ID", ids.size()), Rows.keys(ids)))
                    .forEach(row -> personas.add(toDomain(row)));
        }
        return personas;
    }

    public long insert(Persona persona) {
        return rows.ao().create(AoPersona.class, new RowValues()
                .with("SPACE_KEY", persona.spaceKey())
                .with("NAME", persona.name())
                .with("PERSONA_ROLE", persona.role())
                .with("QUOTE", persona.quote())
                .with("GOALS", persona.goals())
                .with("NEEDS", persona.needs())
                .with("PAINS", persona.pains())
                .with("COLOR", persona.color())
                .with("EDIT_VERSION", persona.version())
                .toMap()).getID();
    }

    public void update(Persona persona) {
        AoPersona row = rows.existing(AoPersona.class, persona.id());
        row.setSpaceKey(persona.spaceKey());
        row.setName(persona.name());
        row.setPersonaRole(persona.role());
        row.setQuote(persona.quote());
        row.setGoals(persona.goals());
        row.setNeeds(persona.needs());
        row.setPains(persona.pains());
        row.setColor(persona.color());
        row.setEditVersion(persona.version());
        row.save();
    }

    /** Deletes the persona row only: its links and emotion points must be gone already (foreign keys). */
    public void delete(long personaId) {
        rows.ao().deleteWithSQL(AoPersona.class, "ID = ?", AoValues.key(personaId));
    }

    /**
     * The ids of the map's personas in one statement that reads only the links: for the whole-map load, which has
     * read the map's row already.
     */
    public List<Long> idsOfMap(long mapId) {
        return rows.column(AoMapPersona.class, "PERSONA_ID", link -> (long) link.getPersona().getID(),
                "MAP_ID = ?", AoValues.key(mapId));
    }

    /** The ids of the map's personas, in id order, through the map's relation; none for a missing map. */
    public List<Long> linkedToMap(long mapId) {
        return rows.find(AoJourneyMap.class, mapId)
                .map(map -> sorted(Arrays.stream(map.getPersonas()).map(AoPersona::getID)))
                .orElse(List.of());
    }

    /** The ids of the maps the persona is linked to, in id order; none for a missing persona. */
    public List<Long> mapIdsOf(long personaId) {
        return rows.find(AoPersona.class, personaId)
                .map(persona -> sorted(Arrays.stream(persona.getMapLinks()).map(link -> link.getMap().getID())))
                .orElse(List.of());
    }

    public void link(long mapId, long personaId) {
        rows.ao().create(AoMapPersona.class, new DBParam("MAP_ID", rows.existing(AoJourneyMap.class, mapId)),
                new DBParam("PERSONA_ID", rows.existing(AoPersona.class, personaId)));
    }

    public void unlink(long mapId, long personaId) {
        rows.ao().deleteWithSQL(AoMapPersona.class, "MAP_ID = ? AND PERSONA_ID = ?", AoValues.key(mapId),
                AoValues.key(personaId));
    }

    /** AO's relations come in no particular order. */
    private static List<Long> sorted(Stream<Integer> ids) {
        return ids.map(Integer::longValue).sorted().toList();
    }

    static Persona toDomain(AoPersona row) {
        return new Persona(row.getID(), row.getSpaceKey(), row.getName(), row.getPersonaRole(), row.getQuote(),
                row.getGoals(), row.getNeeds(), row.getPains(), row.getColor(), row.getEditVersion());
    }
}
