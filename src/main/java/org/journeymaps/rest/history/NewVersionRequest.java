package org.journeymaps.rest.history;

/** Body of {@code POST /maps/{id}/versions}: the label of the version to save. */
public record NewVersionRequest(String label) {
}
