package org.journeymaps.rest.persona;

import org.journeymaps.domain.persona.Persona;

/** A persona of a space's library. */
public record PersonaDto(long id, String spaceKey, String name, String role, String quote, String goals,
                         String needs, String pains, String color, long version) {

    public static PersonaDto of(Persona p) {
        return new PersonaDto(p.id(), p.spaceKey(), p.name(), p.role(), p.quote(), p.goals(), p.needs(),
                p.pains(), p.color(), p.version());
    }
}
