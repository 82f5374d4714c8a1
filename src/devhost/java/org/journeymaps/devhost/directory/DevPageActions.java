package org.journeymaps.devhost.directory;

import com.atlassian.confluence.core.DevHostContent;
import com.atlassian.confluence.event.events.content.page.DevHostPageEvents;
import com.atlassian.confluence.pages.DevHostPages;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.DevHostAuthenticatedUser;
import org.journeymaps.devhost.events.DevEventPublisher;

/**
 * What a Confluence user does to a page besides editing it: move it to the trash, restore it, purge it from the
 * trash, copy it. As in Confluence, trash and restore only change the page's status, while a purge and a copy
 * are announced with a {@code PageRemoveEvent} and a {@code PageCopyEvent} on the node's event publisher.
 */
public final class DevPageActions {

    private final DevDirectory directory;
    private final DevEventPublisher events;

    public DevPageActions(DevDirectory directory, DevEventPublisher events) {
        this.directory = directory;
        this.events = events;
    }

    public void trash(long pageId) {
        DevHostContent.setInTrash(page(pageId), true);
    }

    public void restore(long pageId) {
        DevHostContent.setInTrash(page(pageId), false);
    }

    /** Removes a page for good; Confluence purges only what is in the trash. */
    public void purge(long pageId) {
        Page page = page(pageId);
        if (!page.isDeleted()) {
            throw new IllegalStateException("page " + pageId + " is not in the trash: trash it before purging it");
        }
        directory.removePage(pageId);
        events.publish(DevHostPageEvents.removed(page));
    }

    /**
     * Copies the page (body included) into the same space under {@code title}, as the demo user {@code userName}
     * (Confluence publishes the event on the copying user's request thread); returns the copy's id.
     */
    public long copy(long pageId, String title, String userName) {
        Page origin = page(pageId);
        DevUser user = directory.user(userName)
                .orElseThrow(() -> new IllegalArgumentException("userName: no user '" + userName + "'"));
        Page copy = directory.createPage(origin.getSpaceKey(), title, origin.getBodyAsString());
        DevHostAuthenticatedUser.bind(user);
        try {
            events.publish(DevHostPageEvents.copied(origin, copy));
        } finally {
            DevHostAuthenticatedUser.clear();
        }
        return DevHostPages.idOf(copy);
    }

    private Page page(long pageId) {
        return directory.page(pageId).orElseThrow(() -> new IllegalArgumentException("pageId: no page " + pageId));
    }
}
