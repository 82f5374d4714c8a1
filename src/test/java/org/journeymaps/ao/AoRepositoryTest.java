package org.journeymaps.ao;

import java.time.Instant;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.journeymaps.devhost.ao.JdbcActiveObjects;
import org.journeymaps.devhost.ao.TestDatabase;
import org.journeymaps.devhost.cluster.DatabaseClusterLockService;
import org.journeymaps.domain.Card;
import org.journeymaps.domain.CardAttributes;
import org.journeymaps.domain.JourneyMap;
import org.journeymaps.domain.JourneyState;
import org.journeymaps.domain.Lane;
import org.journeymaps.domain.LaneType;
import org.journeymaps.domain.Persona;
import org.journeymaps.domain.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;

/**
 * Base of the repository tests: subclasses are {@code @ParameterizedClass @EnumSource(TestDatabase.class)}, so each
 * runs on H2 and on PostgreSQL, with a fresh database holding the app's schema, and shortcuts to store elements.
 */
abstract class AoRepositoryTest {
    static final String NAMESPACE = "org.journeymaps";
    static final String SPACE = "DS";
    static final Instant CREATED = Instant.parse("2026-05-01T09:00:00Z");

    @Parameter
    TestDatabase database;

    TestDatabase.OpenDatabase openDatabase;
    JdbcActiveObjects ao;
    AoJourneyMapRepository repository;

    @BeforeEach
    void openRepository() {
        openDatabase = database.open();
        ao = new JdbcActiveObjects(openDatabase.dataSource(), NAMESPACE);
        ao.migrate(JourneyMapEntities.ALL);
        repository = new AoJourneyMapRepository(ao, new DatabaseClusterLockService(openDatabase.dataSource()));
        ao.statementCounter().reset();
    }

    @AfterEach
    void closeDatabase() {
        openDatabase.close();
    }

    <T> T inTransaction(Supplier<T> work) {
        return repository.inTransaction(work);
    }

    void inTransaction(Runnable work) {
        repository.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Statements executed by {@code work}. */
    long statementsOf(Runnable work) {
        long before = ao.statementCounter().count();
        work.run();
        return ao.statementCounter().count() - before;
    }

    int rowsOf(Class<? extends Entity> type) {
        return ao.count(type, Query.select());
    }

    JourneyMap newMap(long pageId, String title) {
        JourneyMap draft = JourneyMap.create(pageId, SPACE, title, null, JourneyState.CURRENT, "alice", CREATED);
        return inTransaction(() -> draft.withId(repository.insertMap(draft)));
    }

    Stage newStage(long mapId, String name, int position) {
        Stage draft = Stage.create(mapId, name, null, null).withPosition(position);
        return inTransaction(() -> draft.withId(repository.insertStage(draft)));
    }

    Lane newLane(long mapId, String name, LaneType type, int position) {
        Lane draft = Lane.create(mapId, name, type).withPosition(position);
        return inTransaction(() -> draft.withId(repository.insertLane(draft)));
    }

    Card newCard(Stage stage, Lane lane, String text, int position) {
        Card draft = Card.create(stage.mapId(), stage.id(), lane.id(), lane.type(), text, CardAttributes.NONE)
                .withPosition(position);
        return inTransaction(() -> draft.withId(repository.insertCard(draft)));
    }

    Persona newPersona(String spaceKey, String name) {
        Persona draft = Persona.create(spaceKey, name, null, null, null, null, null, null);
        return inTransaction(() -> draft.withId(repository.insertPersona(draft)));
    }

    /** Issue links have no port method yet (the Jira work adds them), so tests write their rows directly. */
    AoIssueLink newIssueLink(Card card, String issueKey) {
        return ao.create(AoIssueLink.class, new DBParam("MAP_ID", ao.get(AoJourneyMap.class, (int) card.mapId())),
                new DBParam("CARD_ID", ao.get(AoCard.class, (int) card.id())), new DBParam("SERVER_ID", "jira"),
                new DBParam("ISSUE_KEY", issueKey));
    }
}
