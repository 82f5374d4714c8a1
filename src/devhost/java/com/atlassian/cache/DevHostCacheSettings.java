package com.atlassian.cache;

/** Devhost's reading of cache settings (the contract's settings expose nothing publicly). */
public final class DevHostCacheSettings {
    private DevHostCacheSettings() {
    }

    /** Expiry after write in milliseconds; null for never. */
    public static Long expireAfterWriteMillis(CacheSettings settings) {
        if (!(settings instanceof CacheSettingsBuilder.Built built)) {
            throw new IllegalArgumentException("Devhost reads only settings made by CacheSettingsBuilder, not " + settings);
        }
        return built.expireAfterWriteMillis();
    }
}
