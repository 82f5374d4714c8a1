package com.atlassian.confluence.spaces;

/**
 * Contract of a Confluence space, which the app only passes to permission checks. Only the host creates spaces and
 * reads their key and name (public in Confluence, package-private here).
 */
public class Space {

    private final String key;
    private final String name;

    Space(String key, String name) {
        this.key = key;
        this.name = name;
    }

    String getKey() {
        return key;
    }

    String getName() {
        return name;
    }
}
