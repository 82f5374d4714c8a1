package org.journeymaps.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.journeymaps.app.kernel.AccessPolicy;
import org.journeymaps.app.kernel.Caller;
import org.journeymaps.app.kernel.PageAccess;
import org.journeymaps.app.kernel.SpaceAccess;

/** Pages and spaces with fixed rights for the current caller; unknown ones do not exist. */
public final class FakeAccessPolicy implements AccessPolicy {
    public enum Right { NONE, VIEW, COMMENT, EDIT }

    private final Map<Long, PageAccess> pages = new HashMap<>();
    private final Map<String, SpaceAccess> spaces = new HashMap<>();
    private Caller caller = new Caller("alice", "Alice");

    public void signInAs(String userKey) {
        caller = new Caller(userKey, userKey);
    }

    public void signOut() {
        caller = null;
    }

    public void page(long pageId, String spaceKey, Right right) {
        pages.put(pageId, new PageAccess(true, spaceKey, "Page " + pageId, right.compareTo(Right.VIEW) >= 0,
                right.compareTo(Right.COMMENT) >= 0, right == Right.EDIT, false));
    }

    /** Makes the caller an administrator of the page's space, keeping their rights on the page. */
    public void spaceAdmin(long pageId) {
        PageAccess page = pages.get(pageId);
        pages.put(pageId, new PageAccess(true, page.spaceKey(), page.title(), page.view(), page.comment(), page.edit(),
                true));
    }

    public void space(String spaceKey, Right right) {
        spaces.put(spaceKey, new SpaceAccess(true, right.compareTo(Right.VIEW) >= 0, right == Right.EDIT));
    }

    @Override
    public Optional<Caller> currentCaller() {
        return Optional.ofNullable(caller);
    }

    @Override
    public PageAccess accessTo(long pageId) {
        return pages.getOrDefault(pageId, new PageAccess(false, null, null, false, false, false, false));
    }

    @Override
    public SpaceAccess accessToSpace(String spaceKey) {
        return spaces.getOrDefault(spaceKey, new SpaceAccess(false, false, false));
    }
}
