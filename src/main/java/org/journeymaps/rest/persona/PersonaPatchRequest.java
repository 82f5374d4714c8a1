package org.journeymaps.rest.persona;

import org.journeymaps.app.persona.PersonaPatch;

/** Body of {@code PATCH /personas/{id}}; an empty string clears an optional field. */
public record PersonaPatchRequest(Long version, String name, String role, String quote, String goals,
                                  String needs, String pains, String color) {

    public PersonaPatch toCommand() {
        return new PersonaPatch(version, name, role, quote, goals, needs, pains, color);
    }
}
