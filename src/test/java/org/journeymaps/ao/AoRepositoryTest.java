package org.journeymaps.ao;

import org.journeymaps.ao.map.AoJourneyMapRepository;
import org.journeymaps.ao.map.AoJourneyMap;

import org.journeymaps.ao.jira.AoIssueLink;
import org.journeymaps.ao.kernel.JourneyMapEntities;
import org.journeymaps.ao.structure.AoCard;
import java.time.Instant;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.journeymaps.devhost.ao.JdbcActiveObjects;
import org.journeymaps.devhost.ao.TestDatabase;
import org.journeymaps.devhost.cluster.DatabaseClusterLockService;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the repository tests: subclasses inherit {@code @ParameterizedClass @EnumSource(TestDatabase.class)}, so each
 * runs on H2 and on PostgreSQL, with a fresh database holding the app's schema, and shortcuts to store elements.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
public abstract class AoRepositoryTest {
    public static final String NAMESPACE = "org.journeymaps";
    protected static final String SPACE = "DS";
    protected static final Instant CREATED = Instant.parse("2026-05-01T09:00:00Z");

    @Parameter
    TestDatabase database;

    protected TestDatabase.OpenDatabase openDatabase;
    protected JdbcActiveObjects ao;
    protected AoJourneyMapRepository repository;

    @BeforeEach
    protected void openRepository() {
        openDatabase = database.open();
        ao = new JdbcActiveObjects(openDatabase.dataSource(), NAMESPACE);
        ao.migrate(JourneyMapEntities.ALL);
        repository = new AoJourneyMapRepository(ao, new DatabaseClusterLockService(openDatabase.dataSource()));
        ao.statementCounter().reset();
    }

    @AfterEach
    protected void closeDatabase() {
        openDatabase.close();
    }

    protected <T> T inTransaction(Supplier<T> work) {
        return repository.inTransaction(work);
    }

    protected void inTransaction(Runnable work) {
        repository.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Statements executed by {@code work}. */
    protected long statementsOf(Runnable work) {
        long before = ao.statementCounter().count();
        work.run();
        return ao.statementCounter().count() - before;
    }

    protected int rowsOf(Class<? extends Entity> type) {
        return ao.count(type, Query.select());
    }

    protected JourneyMap newMap(long pageId, String title) {
        JourneyMap draft = JourneyMap.create(pageId, SPACE, title, null, JourneyState.CURRENT, "alice", CREATED);
        return inTransaction(() -> draft.withId(repository.insertMap(draft)));
    }

    protected Stage newStage(long mapId, String name, int position) {
        Stage draft = Stage.create(mapId, name, null, null).withPosition(position);
        return inTransaction(() -> draft.withId(repository.insertStage(draft)));
    }

    protected Lane newLane(long mapId, String name, LaneType type, int position) {
        Lane draft = Lane.create(mapId, name, type).withPosition(position);
        return inTransaction(() -> draft.withId(repository.insertLane(draft)));
    }

    protected Card newCard(Stage stage, Lane lane, String text, int position) {
        Card draft = Card.create(stage.mapId(), stage.id(), lane.id(), lane.type(), text, CardAttributes.NONE)
                .withPosition(position);
        return inTransaction(() -> draft.withId(repository.insertCard(draft)));
    }

    protected Persona newPersona(String spaceKey, String name) {
        Persona draft = Persona.create(spaceKey, name, null, null, null, null, null, null);
        return inTransaction(() -> draft.withId(repository.insertPersona(draft)));
    }

    /** Issue links have no port method yet (the Jira work adds them), so tests write their rows directly. */
    protected AoIssueLink newIssueLink(Card card, String issueKey) {
        return ao.create(AoIssueLink.class, new DBParam("MAP_ID", ao.get(AoJourneyMap.class, (int) card.mapId())),
                new DBParam("CARD_ID", ao.get(AoCard.class, (int) card.id())), new DBParam("SERVER_ID", "jira"),
                new DBParam("ISSUE_KEY", issueKey));
    }
}
