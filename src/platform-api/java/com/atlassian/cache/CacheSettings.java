package com.atlassian.cache;

/** Contract of Atlassian Cache's settings, an interface built by {@link CacheSettingsBuilder}; no members here. */
public interface CacheSettings {
}
