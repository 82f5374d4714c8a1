package com.atlassian.applinks.api;

/** Devhost's way to make application ids (the constructor is package-private in the contract). */
public final class DevHostApplicationIds {
    private DevHostApplicationIds() {
    }

    public static ApplicationId of(String id) {
        return new ApplicationId(id);
    }
}
