package com.atlassian.confluence.pages;

import com.atlassian.confluence.spaces.Space;

/**
 * Contract of a page or blog post. In Confluence these getters are inherited from
 * {@code ContentEntityObject} / {@code SpaceContentEntityObject}; flattened here.
 */
public abstract class AbstractPage {

    private final long id;
    private final String title;
    private final Space space;

    AbstractPage(long id, String title, Space space) {
        this.id = id;
        this.title = title;
        this.space = space;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSpaceKey() {
        return space.getKey();
    }

    public Space getSpace() {
        return space;
    }
}
