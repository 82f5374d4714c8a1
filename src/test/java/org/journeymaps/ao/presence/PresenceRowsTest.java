package org.journeymaps.ao.presence;

import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.journeymaps.app.presence.PresenceStore.PresenceEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PresenceRowsTest extends AoRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
    private AoPresenceStore presence;

    @BeforeEach
    void openPresence() {
        presence = new AoPresenceStore(ao);
    }

    @Test
    void seen_shouldAddATabOnceAndUpdateItOnTheNextHeartbeat() {
        presence.seen(new PresenceEntry(7, "alice", "Alice", "tab-1", false, T0));
        presence.seen(new PresenceEntry(7, "alice", "Alice Liddell", "tab-1", true, T0.plusSeconds(10)));
        presence.seen(new PresenceEntry(7, "bob", "Bob", "tab-1", false, T0.plusSeconds(10)));

        assertThat(rowsOf(AoPresence.class)).isEqualTo(2);
        assertThat(presence.seenOnMapAfter(7, T0)).containsExactlyInAnyOrder(
                new PresenceEntry(7, "alice", "Alice Liddell", "tab-1", true, T0.plusSeconds(10)),
                new PresenceEntry(7, "bob", "Bob", "tab-1", false, T0.plusSeconds(10)));
    }

    @Test
    void seenOnMapAfter_shouldKeepToTheMapAndTheTimeGiven() {
        presence.seen(new PresenceEntry(7, "alice", "Alice", "tab-1", true, T0));
        presence.seen(new PresenceEntry(7, "bob", "Bob", "tab-2", false, T0.plusSeconds(20)));
        presence.seen(new PresenceEntry(8, "carol", "Carol", "tab-3", false, T0.plusSeconds(20)));

        assertThat(presence.seenOnMapAfter(7, T0.plusSeconds(1))).extracting(PresenceEntry::userKey)
                .containsExactly("bob");
    }

    @Test
    void removeAndRemoveSeenBefore_shouldDeleteOnlyTheRowsNamed() {
        presence.seen(new PresenceEntry(7, "alice", "Alice", "tab-1", true, T0));
        presence.seen(new PresenceEntry(7, "alice", "Alice", "tab-2", true, T0.plusSeconds(30)));
        presence.seen(new PresenceEntry(8, "bob", "Bob", "tab-1", false, T0.plusSeconds(30)));
        presence.seen(new PresenceEntry(9, "carol", "Carol", "tab-1", false, T0.plusSeconds(60)));

        presence.removeSeenBefore(T0.plusSeconds(1));
        presence.remove(7, "alice", "tab-2");

        assertThat(presence.seenOnMapAfter(7, T0.minusSeconds(1))).isEmpty();
        assertThat(presence.seenOnMapAfter(8, T0)).extracting(PresenceEntry::userKey).containsExactly("bob");
        assertThat(rowsOf(AoPresence.class)).isEqualTo(2);
    }
}
