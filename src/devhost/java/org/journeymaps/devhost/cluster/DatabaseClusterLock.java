package org.journeymaps.devhost.cluster;

import com.atlassian.beehive.ClusterLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One named lock of one node: a local lock orders this node's threads, and the lock's database row (see
 * {@link LockRows}) excludes the other nodes. Waiting for the row is polling, so only the thread that holds the
 * local lock waits with a connection. Re-entrant (Beehive does not promise it; the app does not rely on it).
 */
final class DatabaseClusterLock implements ClusterLock {
    private static final long FIRST_POLL_MILLIS = 5;
    private static final long LONGEST_POLL_MILLIS = 100;
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private final String name;
    private final LockRows rows;
    private final ReentrantLock local = new ReentrantLock();
    /** The connection holding the row while the lock is held; guarded by {@link #local}. */
    private Connection holder;

    DatabaseClusterLock(String name, LockRows rows) {
        this.name = name;
        this.rows = rows;
    }

    @Override
    public void lock() {
        local.lock();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    takeRow(NO_DEADLINE);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // lock() is not interruptible: keep waiting, restore the flag after
                }
            }
        } catch (RuntimeException | Error e) {
            local.unlock();
            throw e;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        local.lockInterruptibly();
        takeRowOrUnlock(NO_DEADLINE);
    }

    @Override
    public boolean tryLock() {
        if (!local.tryLock()) {
            return false;
        }
        boolean taken = false;
        try {
            taken = local.getHoldCount() > 1 || takeRowOnce();
            return taken;
        } finally {
            if (!taken) {
                local.unlock();
            }
        }
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(time);
        return local.tryLock(time, unit) && takeRowOrUnlock(deadline);
    }

    @Override
    public void unlock() {
        if (!local.isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException("Cluster lock " + name + " is not held by this thread");
        }
        if (local.getHoldCount() > 1) {
            local.unlock();
            return;
        }
        Connection releasing = holder;
        holder = null;
        try {
            rows.release(releasing);
        } catch (SQLException e) {
            throw new IllegalStateException("Cluster lock " + name + " could not be released: " + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("Cluster locks have no conditions");
    }

    private boolean takeRowOrUnlock(long deadline) throws InterruptedException {
        boolean taken = false;
        try {
            taken = takeRow(deadline);
            return taken;
        } finally {
            if (!taken) {
                local.unlock();
            }
        }
    }

    /** Polls for the row until it is taken (true) or the deadline ({@link System#nanoTime()}) passes (false). */
    private boolean takeRow(long deadline) throws InterruptedException {
        if (local.getHoldCount() > 1) {
            return true;
        }
        long pause = FIRST_POLL_MILLIS;
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException("Interrupted while waiting for cluster lock " + name);
            }
            if (takeRowOnce()) {
                return true;
            }
            if (deadline != NO_DEADLINE && System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_POLL_MILLIS);
        }
    }

    private boolean takeRowOnce() {
        Optional<Connection> taken;
        try {
            taken = rows.tryTake(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cluster lock " + name + " could not be taken: " + e.getMessage(), e);
        }
        taken.ifPresent(connection -> holder = connection);
        return taken.isPresent();
    }
}
