package org.journeymaps.devhost.cache;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.DevHostCacheSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Atlassian Cache for devhost: one node, in memory, entries expiring after write as the settings say. */
public final class InMemoryCacheManager implements CacheManager {
    private final Map<String, InMemoryCache<?, ?>> caches = new ConcurrentHashMap<>();
    private final LongSupplier nowMillis;

    public InMemoryCacheManager() {
        this(System::currentTimeMillis);
    }

    /** {@code nowMillis}: the clock expiry is measured by (tests move it). */
    public InMemoryCacheManager(LongSupplier nowMillis) {
        this.nowMillis = nowMillis;
    }

    /** Empties every cache, as if every entry's time to live had passed (browser tests: "five minutes later"). */
    public void expireAll() {
        caches.values().forEach(cache -> cache.entries.clear());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        if (loader != null) {
            throw new UnsupportedOperationException("Devhost caches have no loaders; the app passes none");
        }
        Long ttl = DevHostCacheSettings.expireAfterWriteMillis(settings);
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new InMemoryCache<>(ttl, nowMillis));
    }

    private static final class InMemoryCache<K, V> implements Cache<K, V> {
        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
        private final Long ttlMillis;
        private final LongSupplier nowMillis;

        InMemoryCache(Long ttlMillis, LongSupplier nowMillis) {
            this.ttlMillis = ttlMillis;
            this.nowMillis = nowMillis;
        }

        @Override
        public V get(K key) {
            Entry<V> entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (ttlMillis != null && nowMillis.getAsLong() - entry.writtenAt() >= ttlMillis) {
                entries.remove(key, entry);
                return null;
            }
            return entry.value();
        }

        @Override
        public void put(K key, V value) {
            entries.put(key, new Entry<>(value, nowMillis.getAsLong()));
        }

        private record Entry<V>(V value, long writtenAt) {
        }
    }
}
