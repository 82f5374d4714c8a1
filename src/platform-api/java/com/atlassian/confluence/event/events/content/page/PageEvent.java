package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Contract of Confluence's page events (in Confluence: {@code PageEvent extends ContentEvent}, a Spring
 * {@code ApplicationEvent}; flattened here). Only the host creates events (package-private constructor).
 */
public abstract class PageEvent {

    private final Page page;

    PageEvent(Page page) {
        this.page = page;
    }

    public Page getPage() {
        return page;
    }
}
