package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Contract: a page was copied; {@code getPage()} is the copy, as {@link #getDestination()}. */
public class PageCopyEvent extends PageEvent {

    private final Page origin;

    PageCopyEvent(Page origin, Page destination) {
        super(destination);
        this.origin = origin;
    }

    public Page getOrigin() {
        return origin;
    }

    public Page getDestination() {
        return getPage();
    }
}
