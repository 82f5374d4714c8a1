package org.journeymaps.rest.dto;

/** Whether the caller watches a map (hears of its new comments). */
public record WatchDto(boolean watching) {
}
