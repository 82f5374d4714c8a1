package com.atlassian.beehive;

/**
 * Contract of the cluster-wide named locks: the lock for a name is the same on every node. Locks never time out
 * while held (a dead node's locks are freed) and are not meant to be re-entrant.
 */
public interface ClusterLockService {

    /** The lock for {@code lockName} (up to 255 simple ASCII characters, reverse-DNS namespaced); not yet taken. */
    ClusterLock getLockForName(String lockName);
}
