package com.atlassian.confluence.core;

/** Devhost plumbing: moves content to the trash and back (Confluence's {@code trash()} and {@code restore()}). */
public final class DevHostContent {

    private DevHostContent() {
    }

    public static void setInTrash(ContentEntityObject content, boolean inTrash) {
        content.setDeleted(inTrash);
    }
}
