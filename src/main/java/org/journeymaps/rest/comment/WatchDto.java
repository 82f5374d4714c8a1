package org.journeymaps.rest.comment;

/** Whether the caller watches a map (hears of its new comments). */
public record WatchDto(boolean watching) {
}
