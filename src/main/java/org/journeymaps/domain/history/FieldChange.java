package org.journeymaps.domain.history;

/** One field of a changed element, before and after, as text (null: not set). */
public record FieldChange(String field, String before, String after) {
}
