package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Contract: a page was removed for good (purged from the trash). Confluence's constructor is {@code (Object src, Page removedPage)}. */
public class PageRemoveEvent extends PageEvent {

    PageRemoveEvent(Page removedPage) {
        super(removedPage);
    }
}
