package org.journeymaps.devhost.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.beehive.ClusterLock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.journeymaps.devhost.ao.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two lock services on one database play two Data Center nodes. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class DatabaseClusterLockServiceTest {
    private static final String NAME = "org.journeymaps.map.1";

    @Parameter
    TestDatabase database;

    private TestDatabase.OpenDatabase openDatabase;
    private DatabaseClusterLockService node1;
    private DatabaseClusterLockService node2;
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void startTwoNodes() {
        openDatabase = database.open();
        node1 = new DatabaseClusterLockService(openDatabase.dataSource());
        node2 = new DatabaseClusterLockService(openDatabase.dataSource());
    }

    @AfterEach
    void stop() {
        otherThread.shutdownNow();
        openDatabase.close();
    }

    @Test
    void aNodeHasOneLockPerNameAndNamesAreChecked() {
        assertThat(node1.getLockForName(NAME)).isSameAs(node1.getLockForName(NAME));
        assertThat(node1.getLockForName(NAME)).isNotSameAs(node1.getLockForName(NAME + "0"));
        assertThatThrownBy(() -> node1.getLockForName(" ")).hasMessageContaining("lockName");
        assertThatThrownBy(() -> node1.getLockForName("x".repeat(256))).hasMessageContaining("lockName");
    }

    @Test
    void aLockHeldOnOneNodeIsRefusedOnTheOtherUntilReleased() throws Exception {
        ClusterLock held = node1.getLockForName(NAME);
        held.lock();

        assertThat(inOtherThread(() -> tryAndRelease(node2.getLockForName(NAME)))).isFalse();
        long started = System.nanoTime();
        assertThat(inOtherThread(() -> node2.getLockForName(NAME).tryLock(150, TimeUnit.MILLISECONDS))).isFalse();
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
        assertThat(inOtherThread(() -> tryAndRelease(node2.getLockForName(NAME + ".other")))).isTrue();

        held.unlock();

        assertThat(inOtherThread(() -> tryAndRelease(node2.getLockForName(NAME)))).isTrue();
    }

    @Test
    void lockWaitsUntilTheOtherNodeReleases() throws Exception {
        ClusterLock held = node1.getLockForName(NAME);
        held.lock();
        Future<Boolean> waiting = otherThread.submit(() -> {
            ClusterLock lock = node2.getLockForName(NAME);
            lock.lock();
            lock.unlock();
            return true;
        });

        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        held.unlock();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void threadsOfOneNodeExcludeEachOther() throws Exception {
        ClusterLock lock = node1.getLockForName(NAME);
        lock.lock();

        assertThat(inOtherThread(() -> tryAndRelease(lock))).isFalse();
        lock.unlock();
        assertThat(inOtherThread(() -> tryAndRelease(lock))).isTrue();
    }

    @Test
    void theHolderMayLockAgainAndHoldsUntilItsLastUnlock() throws Exception {
        ClusterLock lock = node1.getLockForName(NAME);
        lock.lock();
        assertThat(lock.tryLock()).isTrue();

        lock.unlock();
        assertThat(inOtherThread(() -> tryAndRelease(node2.getLockForName(NAME)))).isFalse();
        lock.unlock();
        assertThat(inOtherThread(() -> tryAndRelease(node2.getLockForName(NAME)))).isTrue();
    }

    @Test
    void onlyTheHolderMayUnlockAndConditionsAreUnsupported() throws Exception {
        ClusterLock lock = node1.getLockForName(NAME);

        assertThatThrownBy(lock::unlock).isInstanceOf(IllegalMonitorStateException.class);
        lock.lock();
        assertThat(inOtherThread(() -> {
            try {
                lock.unlock();
                return "unlocked";
            } catch (IllegalMonitorStateException e) {
                return "refused";
            }
        })).isEqualTo("refused");
        assertThatThrownBy(lock::newCondition).isInstanceOf(UnsupportedOperationException.class);
        lock.unlock();
    }

    @Test
    void anInterruptedWaitEndsWithoutTheLock() throws Exception {
        ClusterLock held = node1.getLockForName(NAME);
        held.lock();
        AtomicReference<String> outcome = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                node2.getLockForName(NAME).lockInterruptibly();
                outcome.set("locked");
            } catch (InterruptedException e) {
                outcome.set("interrupted");
            }
        });
        waiter.start();
        Thread.sleep(100);

        waiter.interrupt();
        waiter.join(10_000);
        held.unlock();

        assertThat(outcome).hasValue("interrupted");
        assertThat(inOtherThread(() -> tryAndRelease(node2.getLockForName(NAME)))).isTrue();
    }

    private static boolean tryAndRelease(ClusterLock lock) {
        boolean taken = lock.tryLock();
        if (taken) {
            lock.unlock();
        }
        return taken;
    }

    private <T> T inOtherThread(Callable<T> work) throws Exception {
        return otherThread.submit(work).get(10, TimeUnit.SECONDS);
    }
}
