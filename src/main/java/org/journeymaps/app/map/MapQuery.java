package org.journeymaps.app.map;

/**
 * Which maps to list; every criterion is optional (null). {@code titleContains} matches titles containing it,
 * ignoring case.
 */
public record MapQuery(Long pageId, String spaceKey, String titleContains) {
}
