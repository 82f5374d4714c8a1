package com.atlassian.cache;

/** Contract of an Atlassian Cache: only the members the app uses. */
public interface Cache<K, V> {

    /** The value, or null if absent (expired) and there is no loader. */
    V get(K key);

    void put(K key, V value);
}
