package com.atlassian.cache;

/** Contract of Atlassian Cache's cache manager (extends {@code CacheFactory} in the library; flattened here). */
public interface CacheManager {

    /** The cache of that name, created with {@code settings} if new; {@code loader} may be null (then get may answer null). */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
