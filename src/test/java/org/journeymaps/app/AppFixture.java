package org.journeymaps.app;

import java.time.Duration;
import java.time.Instant;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.app.port.Clock;
import org.journeymaps.domain.JourneyMap;
import org.journeymaps.domain.Lane;
import org.journeymaps.domain.LaneType;
import org.journeymaps.domain.Stage;

/**
 * The use cases wired over the in-memory repository and fake access policy, as the host would wire them, plus
 * shortcuts to set up maps. Page 100 in space DS is editable by the default caller alice.
 */
final class AppFixture {
    static final long PAGE = 100;
    static final String SPACE = "DS";

    final InMemoryJourneyMapRepository repository = new InMemoryJourneyMapRepository();
    final FakeAccessPolicy access = new FakeAccessPolicy();
    final TickingClock clock = new TickingClock();
    final AccessGuard guard = new AccessGuard(repository, access);
    final Snapshots snapshots = new Snapshots(repository, repository);
    final MapWriter writer = new MapWriter(repository, guard, clock, snapshots);
    final MapService maps = new MapService(repository, access, guard, writer, clock);
    final StageService stages = new StageService(repository, writer);
    final LaneService lanes = new LaneService(repository, writer);
    final CardService cards = new CardService(repository, writer);
    final EmotionService emotions = new EmotionService(repository, writer, repository);
    final PersonaService personas = new PersonaService(repository, guard, writer);
    final VersionService versions = new VersionService(repository, repository, guard, writer, snapshots, clock, repository);
    final CounterpartService counterparts = new CounterpartService(repository, guard);

    AppFixture() {
        access.page(PAGE, SPACE, Right.EDIT);
        access.space(SPACE, Right.EDIT);
    }

    JourneyMap newMap(String title) {
        return maps.create(new NewMap(PAGE, title, null, null, null, null)).content().map();
    }

    Stage addStage(long mapId, String name) {
        return stages.add(mapId, new NewStage(name, null, null));
    }

    Lane addLane(long mapId, String name, LaneType type) {
        return lanes.add(mapId, new NewLane(name, type, null));
    }

    JourneyMap storedMap(long mapId) {
        return repository.findMap(mapId).orElseThrow();
    }

    /** A clock that moves one second per reading, so each write has its own time. */
    static final class TickingClock implements Clock {
        private Instant now = Instant.parse("2026-05-01T09:00:00Z");

        @Override
        public Instant now() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        Instant last() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }
}
