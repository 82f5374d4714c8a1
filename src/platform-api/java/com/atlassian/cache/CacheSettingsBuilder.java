package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/** Contract of Atlassian Cache's settings builder: only expiry after write. */
public class CacheSettingsBuilder {
    private Long expireAfterWriteMillis;

    public CacheSettingsBuilder() {
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWriteMillis = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettings build() {
        return new Built(expireAfterWriteMillis);
    }

    /** Host plumbing: the settings as built (atlassian-cache's own implementation is not part of its API). */
    static final class Built implements CacheSettings {
        private final Long expireAfterWriteMillis;

        Built(Long expireAfterWriteMillis) {
            this.expireAfterWriteMillis = expireAfterWriteMillis;
        }

        Long expireAfterWriteMillis() {
            return expireAfterWriteMillis;
        }
    }
}
