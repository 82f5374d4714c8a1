package org.journeymaps.testdata;

import org.journeymaps.domain.persona.Persona;

/** A {@link Persona} for a test: only a name (no quote, goals, needs or pains), in space DS, unless told otherwise. */
public final class PersonaBuilder {

    private long id = 1;
    private String spaceKey = "DS";
    private String name = "Julie";
    private String role;
    private String color;
    private long version = 1;

    private PersonaBuilder() {
    }

    public static PersonaBuilder aPersona() {
        return new PersonaBuilder();
    }

    public PersonaBuilder withId(long id) {
        this.id = id;
        return this;
    }

    public PersonaBuilder inSpace(String spaceKey) {
        this.spaceKey = spaceKey;
        return this;
    }

    public PersonaBuilder named(String name) {
        this.name = name;
        return this;
    }

    public PersonaBuilder withRole(String role) {
        this.role = role;
        return this;
    }

    public PersonaBuilder inColor(String color) {
        this.color = color;
        return this;
    }

    public PersonaBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public Persona build() {
        return new Persona(id, spaceKey, name, role, null, null, null, null, color, version);
    }
}
