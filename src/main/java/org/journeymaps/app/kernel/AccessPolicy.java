package org.journeymaps.app.kernel;

import java.util.Optional;

/** What the current caller may do, decided by the host (Confluence page and space permissions). */
public interface AccessPolicy {

    /** The caller of the current request; empty when anonymous. */
    Optional<Caller> currentCaller();

    /** The page and the current caller's rights on it; a missing page has {@code exists} false and no rights. */
    PageAccess accessTo(long pageId);

    /** The space and the current caller's rights in it; a missing space has {@code exists} false and no rights. */
    SpaceAccess accessToSpace(String spaceKey);
}
