package com.atlassian.confluence.core;

/**
 * Contract of Confluence's stored content (pages, blog posts, comments): its body in storage format and whether
 * it is in the trash. In Confluence the body is a {@code BodyContent} and the trash a content status; the host
 * keeps both here (package-private state, set through {@code setBodyAsString} and {@link DevHostContent}).
 */
public abstract class ContentEntityObject {

    private String body = "";
    private boolean deleted;

    protected ContentEntityObject() {
    }

    public String getBodyAsString() {
        return body;
    }

    public void setBodyAsString(String content) {
        body = content == null ? "" : content;
    }

    /** True while the content is in the trash. */
    public boolean isDeleted() {
        return deleted;
    }

    void setDeleted(boolean inTrash) {
        deleted = inTrash;
    }
}
