package org.journeymaps.rest.persona;

import org.journeymaps.domain.persona.Persona;

/** The short form of a persona inside a map. */
public record PersonaRefDto(long id, String name, String role, String color) {

    public static PersonaRefDto of(Persona p) {
        return new PersonaRefDto(p.id(), p.name(), p.role(), p.color());
    }
}
