package com.atlassian.confluence.spaces;

/** Devhost plumbing: creates the contract's spaces for devhost's space directory and reads their key and name. */
public final class DevHostSpaces {

    private DevHostSpaces() {
    }

    public static Space newSpace(String key, String name) {
        return new Space(key, name);
    }

    public static String keyOf(Space space) {
        return space.getKey();
    }

    public static String nameOf(Space space) {
        return space.getName();
    }
}
