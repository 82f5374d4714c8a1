package org.journeymaps.app.persona;

/** Changes to a persona based on {@code version}; null leaves a field unchanged, "" clears an optional one. */
public record PersonaPatch(Long version, String name, String role, String quote, String goals, String needs,
                           String pains, String color) {
}
