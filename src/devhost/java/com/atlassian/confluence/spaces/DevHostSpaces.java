package com.atlassian.confluence.spaces;

/** Devhost plumbing: creates the contract's spaces for devhost's space directory. */
public final class DevHostSpaces {

    private DevHostSpaces() {
    }

    public static Space newSpace(String key, String name) {
        return new Space(key, name);
    }
}
