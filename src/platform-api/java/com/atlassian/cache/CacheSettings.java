package com.atlassian.cache;

/** Contract of Atlassian Cache's settings; built by {@link CacheSettingsBuilder}. Getters are host plumbing. */
public final class CacheSettings {
    private final Long expireAfterWriteMillis;

    CacheSettings(Long expireAfterWriteMillis) {
        this.expireAfterWriteMillis = expireAfterWriteMillis;
    }

    Long expireAfterWriteMillis() {
        return expireAfterWriteMillis;
    }
}
