package org.journeymaps.app.persona;

/** A persona to add to a space's library; all but {@code name} optional; {@code color} as {@code #rrggbb}. */
public record NewPersona(String name, String role, String quote, String goals, String needs, String pains,
                         String color) {
}
