package org.journeymaps.app.persona;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.persona.Persona;

/** Which personas of its space a map shows. */
public final class PersonaLinks {
    private final JourneyMapRepository repository;

    public PersonaLinks(JourneyMapRepository repository) {
        this.repository = repository;
    }

    /**
     * Links exactly {@code personaIds} (duplicates ignored) to the map, writing only the links that change; an
     * unlinked persona's emotion points leave the map with it.
     */
    public void replace(JourneyMap map, List<Long> personaIds) {
        Set<Long> library = repository.personasOfSpace(map.spaceKey()).stream().map(Persona::id)
                .collect(Collectors.toSet());
        Set<Long> wanted = new LinkedHashSet<>();
        for (Long personaId : personaIds) {
            if (personaId == null || !library.contains(personaId)) {
                throw new InvalidFieldException("personaIds", "persona " + personaId + " is not in space " + map.spaceKey());
            }
            wanted.add(personaId);
        }
        List<Long> linked = repository.personaIdsOfMap(map.id());
        for (Long personaId : linked) {
            if (!wanted.contains(personaId)) {
                repository.deleteEmotionsOfPersona(map.id(), personaId);
                repository.unlinkPersona(map.id(), personaId);
            }
        }
        for (Long personaId : wanted) {
            if (!linked.contains(personaId)) {
                repository.linkPersona(map.id(), personaId);
            }
        }
    }
}
