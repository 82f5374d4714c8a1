package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Contract of a named cluster-wide lock from {@link ClusterLockService}: a {@link Lock} whose
 * {@code newCondition()} is unsupported. The app only locks and unlocks, so none of the members this interface
 * adds in Beehive are declared here.
 */
public interface ClusterLock extends Lock {
}
