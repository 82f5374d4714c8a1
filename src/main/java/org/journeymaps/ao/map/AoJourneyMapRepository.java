package org.journeymaps.ao.map;

import org.journeymaps.ao.kernel.MapTransactions;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.persona.PersonaRows;
import org.journeymaps.ao.structure.AoElementRepository;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.persona.Persona;

/**
 * The repository port over Active Objects: maps, personas, the change log and transactions here, the map elements in
 * {@link AoElementRepository}. Each kind of row has its own class; these two only route.
 */
@Named
public class AoJourneyMapRepository extends AoElementRepository {
    private final MapTransactions transactions;
    private final MapRows maps;
    private final PersonaRows personas;
    private final ChangeLogRows changes;
    private final MapContentLoader contents;

    @Inject
    public AoJourneyMapRepository(@ComponentImport ActiveObjects ao, @ComponentImport ClusterLockService locks) {
        super(new Rows(ao));
        this.transactions = new MapTransactions(ao, locks);
        this.maps = new MapRows(rows);
        this.personas = new PersonaRows(rows);
        this.changes = new ChangeLogRows(rows);
        this.contents = new MapContentLoader(maps, stages, lanes, cards, emotions, personas, issueLinks);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    @Override
    public Optional<JourneyMap> findMap(long mapId) {
        return maps.find(mapId);
    }

    @Override
    public Optional<MapContent> loadContent(long mapId) {
        return contents.load(mapId);
    }

    @Override
    public List<JourneyMap> findMaps(MapQuery query, int offset, int limit) {
        return maps.find(query, offset, limit);
    }

    @Override
    public long insertMap(JourneyMap map) {
        return maps.insert(map);
    }

    @Override
    public void updateMap(JourneyMap map) {
        maps.update(map);
    }

    /** Takes the map's lock first, so no writer of the map is half-way through while its rows go. */
    @Override
    public void deleteMap(long mapId) {
        transactions.lockMap(mapId);
        comments.deleteOfMap(mapId);
        maps.delete(mapId);
    }

    /**
     * AO cannot run {@code UPDATE … SET REVISION = REVISION + 1}, and a plain read-modify-write would let two
     * writers read the same revision. So every writer first takes the map's cluster lock, which it keeps until
     * its transaction has ended: the next writer reads the revision only after the previous one committed (or
     * rolled back), on any node. That makes revisions unique and gapless and serialises the writers of one map.
     */
    @Override
    public long nextRevision(long mapId, String authorKey, Instant at) {
        transactions.lockMap(mapId);
        return maps.nextRevision(mapId, authorKey, at);
    }

    @Override
    public Optional<Persona> findPersona(long personaId) {
        return personas.find(personaId);
    }

    @Override
    public List<Persona> personasOfSpace(String spaceKey) {
        return personas.ofSpace(spaceKey);
    }

    @Override
    public long insertPersona(Persona persona) {
        return personas.insert(persona);
    }

    @Override
    public void updatePersona(Persona persona) {
        personas.update(persona);
    }

    @Override
    public void deletePersona(long personaId) {
        personas.delete(personaId);
    }

    @Override
    public List<Long> personaIdsOfMap(long mapId) {
        return personas.linkedToMap(mapId);
    }

    @Override
    public List<Long> mapIdsOfPersona(long personaId) {
        return personas.mapIdsOf(personaId);
    }

    @Override
    public void linkPersona(long mapId, long personaId) {
        personas.link(mapId, personaId);
    }

    @Override
    public void unlinkPersona(long mapId, long personaId) {
        personas.unlink(mapId, personaId);
    }

    @Override
    public void appendChange(MapChange change) {
        changes.append(change);
    }

    @Override
    public List<MapChange> changesSince(long mapId, long revision, int limit) {
        return changes.since(mapId, revision, limit);
    }

    @Override
    public OptionalLong oldestKeptRevision(long mapId) {
        return changes.oldestKeptRevision(mapId);
    }
}
