package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Devhost plumbing: the page events devhost publishes, as Confluence would after purging or copying a page. */
public final class DevHostPageEvents {

    private DevHostPageEvents() {
    }

    public static PageRemoveEvent removed(Page page) {
        return new PageRemoveEvent(page);
    }

    public static PageCopyEvent copied(Page origin, Page destination) {
        return new PageCopyEvent(origin, destination);
    }
}
