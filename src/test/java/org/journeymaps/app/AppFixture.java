package org.journeymaps.app;

import org.journeymaps.app.counterpart.CounterpartService;
import org.journeymaps.app.emotion.EmotionService;
import org.journeymaps.app.history.Snapshots;
import org.journeymaps.app.history.VersionService;
import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.map.NewMap;
import org.journeymaps.app.persona.PersonaService;
import org.journeymaps.app.structure.CardService;
import org.journeymaps.app.structure.LaneService;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.app.structure.StageService;
import java.time.Duration;
import java.time.Instant;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.structure.Stage;

/**
 * The use cases wired over the in-memory repository and fake access policy, as the host would wire them, plus
 * shortcuts to set up maps. Page 100 in space DS is editable by the default caller alice.
 */
public final class AppFixture {
    public static final long PAGE = 100;
    public static final String SPACE = "DS";

    public final InMemoryJourneyMapRepository repository = new InMemoryJourneyMapRepository();
    public final FakeAccessPolicy access = new FakeAccessPolicy();
    public final TickingClock clock = new TickingClock();
    public final AccessGuard guard = new AccessGuard(repository, access);
    final Snapshots snapshots = new Snapshots(repository, repository);
    public final MapWriter writer = new MapWriter(repository, guard, clock, snapshots);
    public final MapService maps = new MapService(repository, access, guard, writer, clock);
    public final StageService stages = new StageService(repository, writer);
    public final LaneService lanes = new LaneService(repository, writer);
    public final CardService cards = new CardService(repository, writer);
    public final EmotionService emotions = new EmotionService(repository, writer, repository);
    public final PersonaService personas = new PersonaService(repository, guard, writer);
    public final VersionService versions = new VersionService(repository, repository, guard, writer, snapshots, clock, repository);
    public final CounterpartService counterparts = new CounterpartService(repository, guard);

    public AppFixture() {
        access.page(PAGE, SPACE, Right.EDIT);
        access.space(SPACE, Right.EDIT);
    }

    public JourneyMap newMap(String title) {
        return maps.create(new NewMap(PAGE, title, null, null, null, null)).content().map();
    }

    public Stage addStage(long mapId, String name) {
        return stages.add(mapId, new NewStage(name, null, null));
    }

    public Lane addLane(long mapId, String name, LaneType type) {
        return lanes.add(mapId, new NewLane(name, type, null));
    }

    public JourneyMap storedMap(long mapId) {
        return repository.findMap(mapId).orElseThrow();
    }

    /** A clock that moves one second per reading, so each write has its own time. */
    public static final class TickingClock implements Clock {
        private Instant now = Instant.parse("2026-05-01T09:00:00Z");

        @Override
        public Instant now() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        public Instant last() {
            return now;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }
    }
}
