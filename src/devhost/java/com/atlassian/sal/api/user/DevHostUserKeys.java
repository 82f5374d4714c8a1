package com.atlassian.sal.api.user;

/** Devhost plumbing: creates the keys of devhost's users (the contract's constructor is package-private). */
public final class DevHostUserKeys {

    private DevHostUserKeys() {
    }

    public static UserKey of(String value) {
        return new UserKey(value);
    }
}
