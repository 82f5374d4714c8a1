package org.journeymaps.ao.kernel;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The repository's transactions and the map locks they hold. A map's cluster lock, once taken inside a
 * transaction, is held until the outermost transaction has committed or rolled back, so the next writer of the
 * map starts from committed data; the locks are cluster-wide, so this holds across Data Center nodes.
 */
public final class MapTransactions {
    static final String LOCK_PREFIX = "org.journeymaps.map.";

    private final ActiveObjects ao;
    private final ClusterLockService lockService;
    /** The map locks taken by the current thread's outermost transaction; null outside a transaction. */
    private final ThreadLocal<Map<Long, ClusterLock>> heldLocks = new ThreadLocal<>();

    public MapTransactions(ActiveObjects ao, ClusterLockService lockService) {
        this.ao = ao;
        this.lockService = lockService;
    }

    /** Runs {@code work} in an AO transaction; a nested call joins the outer one, whose end releases the locks. */
    public <T> T inTransaction(Supplier<T> work) {
        if (heldLocks.get() != null) {
            return ao.executeInTransaction(work::get);
        }
        Map<Long, ClusterLock> held = new LinkedHashMap<>();
        heldLocks.set(held);
        T result;
        try {
            result = ao.executeInTransaction(work::get);
        } catch (RuntimeException | Error failure) {
            heldLocks.remove();
            release(held, failure);
            throw failure;
        }
        heldLocks.remove();
        release(held, null);
        return result;
    }

    /** Takes the map's cluster lock, once per transaction, waiting while another transaction holds it. */
    public void lockMap(long mapId) {
        Map<Long, ClusterLock> held = heldLocks.get();
        if (held == null) {
            throw new IllegalStateException("Map " + mapId + " can only be locked inside inTransaction");
        }
        if (!held.containsKey(mapId)) {
            ClusterLock lock = lockService.getLockForName(LOCK_PREFIX + mapId);
            lock.lock();
            held.put(mapId, lock);
        }
    }

    /** Unlocks in reverse order; every lock is released even if one unlock fails. */
    private static void release(Map<Long, ClusterLock> held, Throwable failure) {
        List<ClusterLock> locks = new ArrayList<>(held.values());
        Collections.reverse(locks);
        RuntimeException unlockFailure = null;
        for (ClusterLock lock : locks) {
            try {
                lock.unlock();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (unlockFailure == null) {
                    unlockFailure = e;
                } else {
                    unlockFailure.addSuppressed(e);
                }
            }
        }
        if (unlockFailure != null) {
            throw unlockFailure;
        }
    }
}
