package org.journeymaps.app.kernel;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.journeymaps.app.kernel.AccessPolicy;
import org.journeymaps.app.kernel.Caller;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.kernel.PageAccess;
import org.journeymaps.app.kernel.SpaceAccess;
import org.journeymaps.domain.map.JourneyMap;

/**
 * Permission checks, done before anything else. What the caller may not see is "not found" (so existence never
 * leaks), or "authentication required" for an anonymous caller; what they may see but not change is "permission
 * denied" (again "authentication required" when anonymous, as signing in may help).
 */
@Named
public class AccessGuard {
    private final JourneyMapRepository repository;
    private final AccessPolicy accessPolicy;

    @Inject
    public AccessGuard(JourneyMapRepository repository, AccessPolicy accessPolicy) {
        this.repository = repository;
        this.accessPolicy = accessPolicy;
    }

    /** The map, if the caller may view its page. */
    public MapAccess readableMap(long mapId) {
        Optional<JourneyMap> map = repository.findMap(mapId);
        PageAccess page = map.map(found -> accessPolicy.accessTo(found.pageId())).orElse(null);
        if (page == null || !page.exists() || !page.view()) {
            throw hidden("map", mapId);
        }
        return new MapAccess(map.get(), page);
    }

    /** The map, if the caller may edit its page. */
    public MapAccess editableMap(long mapId) {
        MapAccess access = readableMap(mapId);
        if (!access.page().edit()) {
            throw denied("edit map " + mapId);
        }
        return access;
    }

    /** The map, if the caller may comment on its page. */
    public MapAccess commentableMap(long mapId) {
        MapAccess access = readableMap(mapId);
        if (!access.page().comment()) {
            throw denied("comment on map " + mapId);
        }
        return access;
    }

    /** Refuses {@code action} (authentication required when anonymous, as signing in may help). */
    public RuntimeException denied(String action) {
        return isAnonymous() ? new AuthenticationRequiredException()
                : new PermissionDeniedException("you may not " + action);
    }

    /** The page, if the caller may edit it. */
    public PageAccess editablePage(long pageId) {
        PageAccess page = accessPolicy.accessTo(pageId);
        if (!page.exists() || !page.view()) {
            throw hidden("page", pageId);
        }
        if (!page.edit()) {
            throw denied("edit page " + pageId);
        }
        return page;
    }

    /** Passes if the caller may view the space; otherwise hides {@code element} {@code key}, which lives there. */
    public void requireSpaceView(String spaceKey, String element, Object key) {
        visibleSpace(spaceKey, element, key);
    }

    /** Passes if the caller may edit the space; {@code element} {@code key} is what they were after. */
    public void requireSpaceEdit(String spaceKey, String element, Object key) {
        if (!visibleSpace(spaceKey, element, key).edit()) {
            throw denied("edit space " + spaceKey);
        }
    }

    /** Passes if the caller administers the space (which they must see first). */
    public void requireSpaceAdmin(String spaceKey, String element) {
        if (!visibleSpace(spaceKey, element, spaceKey).admin()) {
            throw denied("administer space " + spaceKey);
        }
    }

    /** The refusal for something missing or invisible to the caller. */
    public RuntimeException hidden(String element, Object key) {
        return isAnonymous() ? new AuthenticationRequiredException() : new NotFoundException(element, key);
    }

    /** The current caller's user key; null when anonymous. */
    public String authorKey() {
        return accessPolicy.currentCaller().map(Caller::userKey).orElse(null);
    }

    private SpaceAccess visibleSpace(String spaceKey, String element, Object key) {
        SpaceAccess space = accessPolicy.accessToSpace(spaceKey);
        if (!space.exists() || !space.view()) {
            throw hidden(element, key);
        }
        return space;
    }

    private boolean isAnonymous() {
        return accessPolicy.currentCaller().isEmpty();
    }
}
