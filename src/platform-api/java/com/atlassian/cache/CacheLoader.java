package com.atlassian.cache;

/** Contract of Atlassian Cache's loader; the app passes none (null), so no member is declared. */
public interface CacheLoader<K, V> {
}
