package org.journeymaps.app.persona;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.kernel.Versions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.kernel.TextField;

/**
 * The persona library of a space: viewing the space lets one read it, editing the space change it. Maps showing a
 * persona get a change entry when it changes, so their viewers see it.
 */
@Named
public class PersonaService {
    private static final TextField SPACE_KEY = TextField.requiredLine("spaceKey", Limits.NAME_LENGTH);

    private final JourneyMapRepository repository;
    private final AccessGuard guard;
    private final MapWriter writer;

    @Inject
    public PersonaService(JourneyMapRepository repository, AccessGuard guard, MapWriter writer) {
        this.repository = repository;
        this.guard = guard;
        this.writer = writer;
    }

    public List<Persona> list(String spaceKey) {
        String key = SPACE_KEY.normalise(spaceKey);
        guard.requireSpaceView(key, "space", key);
        return repository.personasOfSpace(key);
    }

    public Persona get(long personaId) {
        Persona persona = repository.findPersona(personaId).orElseThrow(() -> guard.hidden("persona", personaId));
        guard.requireSpaceView(persona.spaceKey(), "persona", personaId);
        return persona;
    }

    public Persona create(String spaceKey, NewPersona command) {
        String key = SPACE_KEY.normalise(spaceKey);
        guard.requireSpaceEdit(key, "space", key);
        Persona draft = Persona.create(key, command.name(), command.role(), command.quote(), command.goals(),
                command.needs(), command.pains(), command.color());
        return repository.inTransaction(() -> draft.withId(repository.insertPersona(draft)));
    }

    public Persona update(long personaId, PersonaPatch patch) {
        editable(personaId);
        return repository.inTransaction(() -> {
            Persona current = repository.findPersona(personaId)
                    .orElseThrow(() -> new NotFoundException("persona", personaId));
            Persona edited = Versions.requireCurrent(current, patch.version())
                    .edited(patch.name(), patch.role(), patch.quote(), patch.goals(), patch.needs(), patch.pains(),
                            patch.color())
                    .nextVersion();
            repository.updatePersona(edited);
            recordOnLinkedMaps(personaId, ChangeKind.UPDATED);
            return edited;
        });
    }

    /** Deletes the persona, unlinking it (and its emotion points) from every map that showed it. */
    public void delete(long personaId) {
        editable(personaId);
        repository.inTransaction(() -> {
            List<Long> mapIds = recordOnLinkedMaps(personaId, ChangeKind.DELETED);
            for (long mapId : mapIds) {
                repository.deleteEmotionsOfPersona(mapId, personaId);
                repository.unlinkPersona(mapId, personaId);
            }
            repository.deletePersona(personaId);
            return null;
        });
    }

    private void editable(long personaId) {
        Persona persona = repository.findPersona(personaId).orElseThrow(() -> guard.hidden("persona", personaId));
        guard.requireSpaceEdit(persona.spaceKey(), "persona", personaId);
    }

    /** Records the change on each map linked to the persona, in id order so concurrent writers lock alike. */
    private List<Long> recordOnLinkedMaps(long personaId, ChangeKind kind) {
        List<Long> mapIds = repository.mapIdsOfPersona(personaId).stream().sorted().toList();
        String authorKey = guard.authorKey();
        mapIds.forEach(mapId -> writer.record(mapId, authorKey, kind, ElementType.PERSONA, personaId));
        return mapIds;
    }
}
