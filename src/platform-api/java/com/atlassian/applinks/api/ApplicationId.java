package com.atlassian.applinks.api;

/** Contract of an application link's id (a UUID string). Constructor public in applinks, package-private here. */
public final class ApplicationId {
    private final String id;

    ApplicationId(String id) {
        this.id = id;
    }

    public String get() {
        return id;
    }
}
