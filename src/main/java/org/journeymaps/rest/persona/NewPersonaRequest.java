package org.journeymaps.rest.persona;

import org.journeymaps.app.persona.NewPersona;

/** Body of {@code POST /spaces/{key}/personas}. */
public record NewPersonaRequest(String name, String role, String quote, String goals, String needs, String pains,
                                String color) {

    public NewPersona toCommand() {
        return new NewPersona(name, role, quote, goals, needs, pains, color);
    }
}
