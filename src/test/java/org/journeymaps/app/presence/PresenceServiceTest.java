package org.journeymaps.app.presence;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.kernel.NotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.app.presence.PresenceStore;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;

class PresenceServiceTest {
    private final AppFixture app = new AppFixture();
    private final SetClock clock = new SetClock();
    private final ListPresenceStore store = new ListPresenceStore();
    private final PresenceService presence = new PresenceService(store, app.guard, app.access, clock);
    private final long mapId = app.newMap("Onboarding").id();

    @Test
    void heartbeat_shouldListEveryoneSeenWithinTheExpiryOncePerUserByName() {
        presence.heartbeat(mapId, "tab-1", true);
        app.access.signInAs("bob");
        clock.advanceSeconds(5);
        presence.heartbeat(mapId, "tab-2", false);
        presence.heartbeat(mapId, "tab-3", true);

        assertThat(presence.heartbeat(mapId, "tab-2", false)).containsExactly(
                new Presence("alice", "Alice", true, false), new Presence("bob", "bob", true, true));
    }

    @Test
    void present_shouldDropATabNotHeardFromForTheExpiryAndTheHeartbeatDeletesItsRow() {
        presence.heartbeat(mapId, "tab-1", true);
        app.access.signInAs("bob");
        clock.advanceSeconds(PresenceService.EXPIRY.toSeconds() - 1);
        assertThat(presence.present(mapId)).extracting(Presence::userKey).containsExactly("alice");

        clock.advanceSeconds(2);
        assertThat(presence.present(mapId)).isEmpty();
        presence.heartbeat(mapId, "tab-2", false);
        assertThat(store.entries).extracting(PresenceStore.PresenceEntry::userKey).containsExactly("bob");
    }

    @Test
    void heartbeat_ofAViewerWhoMayNotEdit_shouldCountAsViewing() {
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.VIEW);

        assertThat(presence.heartbeat(mapId, "tab-1", true)).containsExactly(new Presence("alice", "Alice", false, true));
    }

    @Test
    void leave_shouldForgetOnlyThatTab() {
        presence.heartbeat(mapId, "tab-1", true);
        presence.heartbeat(mapId, "tab-2", false);

        presence.leave(mapId, "tab-1");

        assertThat(presence.present(mapId)).containsExactly(new Presence("alice", "Alice", false, true));
    }

    @Test
    void heartbeat_ofAnAnonymousViewer_shouldRecordNothing() {
        presence.heartbeat(mapId, "tab-1", true);
        app.access.signOut();
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.VIEW);

        assertThat(presence.heartbeat(mapId, "tab-9", false)).extracting(Presence::userKey).containsExactly("alice");
        assertThat(store.entries).hasSize(1);
    }

    @Test
    void heartbeat_shouldRefuseAMissingSessionAndAMapTheCallerMayNotSee() {
        assertThatThrownBy(() -> presence.heartbeat(mapId, " ", false))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("session"));
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.NONE);
        assertThatThrownBy(() -> presence.heartbeat(mapId, "tab-1", false)).isInstanceOf(NotFoundException.class);
        assertThat(store.entries).isEmpty();
    }

    private static final class SetClock implements Clock {
        private Instant now = Instant.parse("2026-05-01T09:00:00Z");

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant now() {
            return now;
        }
    }

    /** The store's contract over a list. */
    private static final class ListPresenceStore implements PresenceStore {
        final List<PresenceEntry> entries = new ArrayList<>();

        @Override
        public void seen(PresenceEntry entry) {
            remove(entry.mapId(), entry.userKey(), entry.sessionId());
            entries.add(entry);
        }

        @Override
        public void remove(long mapId, String userKey, String sessionId) {
            entries.removeIf(e -> e.mapId() == mapId && e.userKey().equals(userKey) && e.sessionId().equals(sessionId));
        }

        @Override
        public List<PresenceEntry> seenOnMapAfter(long mapId, Instant after) {
            return entries.stream().filter(e -> e.mapId() == mapId && e.seenAt().isAfter(after)).toList();
        }

        @Override
        public void removeSeenBefore(Instant before) {
            entries.removeIf(e -> e.seenAt().isBefore(before));
        }
    }
}
