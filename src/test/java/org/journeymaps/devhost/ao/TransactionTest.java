package org.journeymaps.devhost.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

class TransactionTest extends AoDatabaseTest {

    @Test
    void commitsWhenTheCallbackReturns() {
        TestMap map = ao.executeInTransaction(() -> {
            TestMap created = map("Journey");
            stage(created, "Discover", 0);
            return created;
        });

        assertThat(ao.get(TestMap.class, map.getID())).isNotNull();
        assertThat(ao.count(TestStage.class, Query.select())).isEqualTo(1);
    }

    @Test
    void rollsEverythingBackWhenTheCallbackThrowsAndRethrowsTheSameException() {
        IllegalStateException failure = new IllegalStateException("stop");

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            TestMap created = map("Journey");
            stage(created, "Discover", 0);
            created.setTitle("Changed");
            created.save();
            throw failure;
        })).isSameAs(failure);

        assertThat(ao.count(TestMap.class, Query.select())).isZero();
        assertThat(ao.count(TestStage.class, Query.select())).isZero();
    }

    @Test
    void aCheckedExceptionRollsBackAndIsWrapped() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            map("Journey");
            return sneakyThrow(new IOException("disk"));
        })).isInstanceOf(DevhostAoException.class).hasCauseInstanceOf(IOException.class);

        assertThat(ao.count(TestMap.class, Query.select())).isZero();
    }

    @Test
    void nestedCallsJoinTheOuterTransaction() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> map("Inner"));
            map("Outer");
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(ao.count(TestMap.class, Query.select())).as("the inner work is rolled back too").isZero();
    }

    @Test
    void aCaughtFailureInANestedCallStillRollsBackTheWhole() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            map("Outer");
            try {
                ao.executeInTransaction(() -> {
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException caught) {
                // the app swallows it; the transaction is still doomed
            }
            return null;
        })).isInstanceOf(DevhostAoException.class).hasMessageContaining("nested");

        assertThat(ao.count(TestMap.class, Query.select())).isZero();
    }

    @Test
    void outsideATransactionEachStatementCommitsOnItsOwn() {
        map("Kept");

        assertThatThrownBy(() -> ao.create(TestStage.class)).isInstanceOf(IllegalArgumentException.class);

        assertThat(ao.count(TestMap.class, Query.select())).isEqualTo(1);
    }

    @Test
    void uncommittedWorkIsInvisibleToOtherConnections() {
        int[] seenFromOutside = new int[1];
        ao.executeInTransaction(() -> {
            map("Pending");
            Thread reader = new Thread(() -> seenFromOutside[0] = ao.count(TestMap.class, Query.select()));
            reader.start();
            join(reader);
            return null;
        });

        assertThat(seenFromOutside[0]).isZero();
        assertThat(ao.count(TestMap.class, Query.select())).isEqualTo(1);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, E extends Throwable> T sneakyThrow(Throwable throwable) throws E {
        throw (E) throwable;
    }
}
