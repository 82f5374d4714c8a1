package com.atlassian.applinks.api;

/** Contract of an application link's id (a UUID string); not final, as in applinks. Constructor public there, package-private here. */
public class ApplicationId {
    private final String id;

    ApplicationId(String id) {
        this.id = id;
    }

    public String get() {
        return id;
    }
}
