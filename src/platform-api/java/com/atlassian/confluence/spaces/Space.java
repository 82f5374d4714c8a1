package com.atlassian.confluence.spaces;

/** Contract of a Confluence space. Only the host creates spaces (package-private constructor). */
public class Space {

    private final String key;
    private final String name;

    Space(String key, String name) {
        this.key = key;
        this.name = name;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }
}
