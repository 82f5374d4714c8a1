package org.journeymaps.devhost.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * Devhost's {@link ClusterLockService}, kept in the database the app's data lives in, so two devhost nodes on
 * one database exclude each other as Confluence Data Center nodes do. Give it its own connection pool: a
 * thread holding a lock keeps one connection of it until it unlocks.
 */
public final class DatabaseClusterLockService implements ClusterLockService {
    private static final int MAX_NAME_LENGTH = 255;

    private final LockRows rows;
    private final ConcurrentMap<String, DatabaseClusterLock> locks = new ConcurrentHashMap<>();

    /** Creates the lock table if the database has none. */
    public DatabaseClusterLockService(DataSource dataSource) {
        this.rows = new LockRows(dataSource);
    }

    /** The same lock object for a name every time (one per name on this node). */
    @Override
    public ClusterLock getLockForName(String lockName) {
        if (lockName == null || lockName.isBlank() || lockName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("lockName: 1 to " + MAX_NAME_LENGTH + " characters, got "
                    + (lockName == null ? "null" : "'" + lockName + "'"));
        }
        return locks.computeIfAbsent(lockName, name -> new DatabaseClusterLock(name, rows));
    }
}
