package org.journeymaps.ao.map;

import org.journeymaps.ao.AoRepositoryTest;
import org.journeymaps.ao.emotion.AoEmotion;
import org.journeymaps.ao.jira.AoIssueLink;
import org.journeymaps.ao.persona.AoMapPersona;
import org.journeymaps.ao.persona.AoPersona;
import org.journeymaps.ao.structure.AoCard;
import org.journeymaps.ao.structure.AoLane;
import org.journeymaps.ao.structure.AoStage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;
import static org.journeymaps.testdata.JourneyMapBuilder.aMap;

class MapRowsTest extends AoRepositoryTest {

    @Test
    void insertMap_storesEveryFieldAndFindMapReadsThemBack() {
        JourneyMap draft = aMap().withId(0).onPage(100, SPACE).titled("Achat en ligne")
                .withDescription("Du panier au paiement").inState(JourneyState.FUTURE).withCounterpart(42L)
                .ownedBy("bob").reviewDue(LocalDate.of(2026, 6, 30)).atRevision(3).atVersion(2)
                .createdBy("alice", CREATED).updatedBy("carol", CREATED.plusSeconds(60)).build();

        long id = inTransaction(() -> repository.insertMap(draft));

        assertThat(repository.findMap(id)).contains(draft.withId(id));
    }

    @Test
    void findMap_isEmptyForIdsNoRowHas() {
        assertThat(repository.findMap(12_345)).isEmpty();
        assertThat(repository.findMap(-1)).isEmpty();
        assertThat(repository.findMap(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void updateMap_writesTheMapsOwnFieldsAndVersionButNotRevisionOrAuthorship() {
        JourneyMap stored = newMap(100, "Achat");
        JourneyMap edited = stored.edited("Achat magasin", "Nouvelle description", JourneyState.FUTURE, "dave",
                Optional.of(LocalDate.of(2027, 1, 15))).nextVersion();
        JourneyMap withOtherAuthorship = new JourneyMap(edited.id(), edited.pageId(), edited.spaceKey(),
                edited.title(), edited.description(), edited.state(), 7L, edited.ownerKey(), edited.reviewDue(), 99,
                edited.version(), "mallory", Instant.EPOCH, "mallory", Instant.EPOCH);

        inTransaction(() -> repository.updateMap(withOtherAuthorship));

        JourneyMap expected = aMap().withId(stored.id()).onPage(100, SPACE).titled("Achat magasin")
                .withDescription("Nouvelle description").inState(JourneyState.FUTURE).withCounterpart(7L)
                .ownedBy("dave").reviewDue(LocalDate.of(2027, 1, 15)).atRevision(stored.revision())
                .atVersion(stored.version() + 1).createdBy("alice", CREATED).updatedBy("alice", CREATED).build();
        assertThat(repository.findMap(stored.id())).contains(expected);
    }

    @Test
    void updateMap_clearsOptionalFieldsSetToNull() {
        JourneyMap stored = newMap(100, "Achat");
        inTransaction(() -> repository.updateMap(stored.edited(null, "Description", null, "dave",
                Optional.of(LocalDate.of(2027, 1, 15)))));

        inTransaction(() -> repository.updateMap(stored));

        JourneyMap found = repository.findMap(stored.id()).orElseThrow();
        assertThat(found.description()).isNull();
        assertThat(found.ownerKey()).isNull();
        assertThat(found.reviewDue()).isNull();
    }

    @Test
    void findMaps_filtersByPageSpaceAndTitleOrdersByTitleThenIdAndPages() {
        JourneyMap retour = newMap(100, "Retour");
        JourneyMap achat = newMap(101, "Achat");
        JourneyMap secondAchat = newMap(101, "Achat");
        JourneyMap livraison = newMap(102, "Livraison");
        JourneyMap otherSpace = inTransaction(() -> {
            JourneyMap draft = JourneyMap.create(103, "OT", "Achat", null, null, "alice", CREATED);
            return draft.withId(repository.insertMap(draft));
        });

        assertThat(ids(new MapQuery(null, null, null), 0, 10))
                .containsExactly(achat.id(), secondAchat.id(), otherSpace.id(), livraison.id(), retour.id());
        assertThat(ids(new MapQuery(null, SPACE, null), 1, 2)).containsExactly(secondAchat.id(), livraison.id());
        assertThat(ids(new MapQuery(101L, null, null), 0, 10)).containsExactly(achat.id(), secondAchat.id());
        assertThat(ids(new MapQuery(null, "OT", "ach"), 0, 10)).containsExactly(otherSpace.id());
    }

    @Test
    void findMaps_matchesTitlesCaseInsensitivelyAccentsIncluded() {
        JourneyMap cafe = newMap(100, "Étape « Réception » — café ☕");
        newMap(100, "Livraison");

        assertThat(ids(new MapQuery(null, null, "RÉCEPTION"), 0, 10)).containsExactly(cafe.id());
        assertThat(ids(new MapQuery(null, null, "étape"), 0, 10)).containsExactly(cafe.id());
        assertThat(ids(new MapQuery(null, null, "CAFÉ ☕"), 0, 10)).containsExactly(cafe.id());
    }

    @Test
    void findMaps_takesLikeWildcardsLiterally() {
        JourneyMap percent = newMap(100, "Remise 100% client");
        JourneyMap underscore = newMap(100, "Code_promo!");
        newMap(100, "Remise 1000 clients");
        newMap(100, "Codeapromo");

        assertThat(ids(new MapQuery(null, null, "100%"), 0, 10)).containsExactly(percent.id());
        assertThat(ids(new MapQuery(null, null, "e_p"), 0, 10)).containsExactly(underscore.id());
        assertThat(ids(new MapQuery(null, null, "promo!"), 0, 10)).containsExactly(underscore.id());
    }

    @Test
    void nextRevision_incrementsTheRevisionAndRecordsTheAuthorAndTime() {
        JourneyMap map = newMap(100, "Achat");
        Instant at = CREATED.plusSeconds(3600);

        long first = inTransaction(() -> repository.nextRevision(map.id(), "bob", at));
        long second = inTransaction(() -> repository.nextRevision(map.id(), null, at.plusSeconds(1)));

        assertThat(first).isEqualTo(map.revision() + 1);
        assertThat(second).isEqualTo(map.revision() + 2);
        JourneyMap found = repository.findMap(map.id()).orElseThrow();
        assertThat(found.revision()).isEqualTo(second);
        assertThat(found.updatedBy()).isNull();
        assertThat(found.updatedAt()).isEqualTo(at.plusSeconds(1));
        assertThat(found.createdBy()).isEqualTo("alice");
    }

    @Test
    void nextRevision_needsATransactionAndAnExistingMap() {
        JourneyMap map = newMap(100, "Achat");

        assertThatThrownBy(() -> repository.nextRevision(map.id(), "bob", CREATED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inTransaction");
        assertThatThrownBy(() -> inTransaction(() -> repository.nextRevision(map.id() + 1000, "bob", CREATED)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteMap_removesEveryRowOfTheMapAndNothingOfOtherMapsOrTheLibrary() {
        long doomed = fullMap(100, "Achat");
        long kept = fullMap(101, "Retour");
        int personas = rowsOf(AoPersona.class);

        inTransaction(() -> repository.deleteMap(doomed));

        assertThat(repository.findMap(doomed)).isEmpty();
        assertThat(repository.loadContent(kept)).isPresent();
        for (Class<? extends Entity> table : List.of(AoStage.class, AoLane.class, AoCard.class,
                AoEmotion.class, AoMapPersona.class, AoIssueLink.class, AoMapChange.class)) {
            assertThat(ao.count(table, Query.select().where("MAP_ID = ?", (int) doomed)))
                    .as(table.getSimpleName()).isZero();
            assertThat(ao.count(table, Query.select().where("MAP_ID = ?", (int) kept)))
                    .as(table.getSimpleName()).isPositive();
        }
        assertThat(rowsOf(AoJourneyMap.class)).isEqualTo(1);
        assertThat(rowsOf(AoPersona.class)).isEqualTo(personas);
    }

    /** A map with a row in every table: stage, lane, card with an issue link, emotion, persona link, change. */
    private long fullMap(long pageId, String title) {
        JourneyMap map = newMap(pageId, title);
        Stage stage = newStage(map.id(), "Découvrir", 0);
        Lane lane = newLane(map.id(), "Actions", LaneType.ACTIONS, 0);
        newIssueLink(newCard(stage, lane, "Chercher", 0), "JM-" + pageId);
        Persona persona = newPersona(SPACE, "Camille " + pageId);
        inTransaction(() -> {
            repository.linkPersona(map.id(), persona.id());
            repository.insertEmotion(EmotionPoint.create(map.id(), stage.id(), persona.id(), JourneyState.CURRENT, 1,
                    null));
            repository.appendChange(new MapChange(map.id(), 1, "alice", CREATED, ChangeKind.CREATED,
                    ElementType.MAP, map.id()));
        });
        return map.id();
    }

    private List<Long> ids(MapQuery query, int offset, int limit) {
        return repository.findMaps(query, offset, limit).stream().map(JourneyMap::id).toList();
    }
}
