package com.atlassian.confluence.pages;

import com.atlassian.confluence.spaces.Space;

/** Contract of a Confluence page. Only the host creates pages (package-private constructor). */
public class Page extends AbstractPage {

    Page(long id, String title, Space space, String spaceKey) {
        super(id, title, space, spaceKey);
    }
}
