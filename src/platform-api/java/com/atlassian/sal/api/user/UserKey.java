package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Contract of SAL's user key: an opaque identifier that survives renames of the user. */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UserKey key && userkey.equals(key.userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
