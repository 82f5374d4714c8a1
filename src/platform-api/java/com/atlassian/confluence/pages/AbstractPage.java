package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;

/**
 * Contract of a page or blog post. In Confluence these getters are inherited from {@code EntityObject},
 * {@code ContentEntityObject} and {@code SpaceContentEntityObject}; flattened here. The host gives the space key
 * along with the space, whose getters are not public here.
 */
public abstract class AbstractPage extends ContentEntityObject {

    private final long id;
    private final String title;
    private final Space space;
    private final String spaceKey;

    AbstractPage(long id, String title, Space space, String spaceKey) {
        this.id = id;
        this.title = title;
        this.space = space;
        this.spaceKey = spaceKey;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSpaceKey() {
        return spaceKey;
    }

    public Space getSpace() {
        return space;
    }
}
