package com.atlassian.cache;

/** Devhost's reading of cache settings (their getters are package-private in the contract). */
public final class DevHostCacheSettings {
    private DevHostCacheSettings() {
    }

    /** Expiry after write in milliseconds; null for never. */
    public static Long expireAfterWriteMillis(CacheSettings settings) {
        return settings.expireAfterWriteMillis();
    }
}
