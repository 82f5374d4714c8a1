package org.journeymaps.app.counterpart;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.map.MapPatch;
import org.journeymaps.app.map.NewMap;
import org.journeymaps.app.structure.NewCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapChange;
import org.journeymaps.domain.structure.Stage;
import org.journeymaps.domain.counterpart.CounterpartComparison;
import org.journeymaps.domain.counterpart.PainPoint;
import org.junit.jupiter.api.Test;

class CounterpartServiceTest {
    private static final long OTHER_SPACE_PAGE = 200;
    private static final long VIEW_ONLY_PAGE = 300;

    private final AppFixture app = new AppFixture();

    @Test
    void linking_aFutureMapToItsCurrentCounterpart_shouldBeStoredAndClearable() {
        JourneyMap current = app.newMap("Aujourd'hui");
        JourneyMap future = newMap(AppFixture.PAGE, "Demain", JourneyState.FUTURE);

        JourneyMap linked = link(future, Optional.of(current.id()));
        assertThat(linked.counterpartMapId()).isEqualTo(current.id());

        JourneyMap cleared = link(linked, Optional.empty());
        assertThat(cleared.counterpartMapId()).isNull();
    }

    @Test
    void linking_shouldRefuseEveryInvalidCounterpartNamingTheField() {
        app.access.page(OTHER_SPACE_PAGE, "XS", Right.EDIT);
        app.access.page(VIEW_ONLY_PAGE, AppFixture.SPACE, Right.EDIT);
        JourneyMap future = newMap(AppFixture.PAGE, "Demain", JourneyState.FUTURE);
        JourneyMap alsoFuture = newMap(AppFixture.PAGE, "Après-demain", JourneyState.FUTURE);
        JourneyMap elsewhere = newMap(OTHER_SPACE_PAGE, "Ailleurs", JourneyState.CURRENT);
        JourneyMap readOnly = newMap(VIEW_ONLY_PAGE, "Lecture", JourneyState.CURRENT);
        app.access.page(VIEW_ONLY_PAGE, AppFixture.SPACE, Right.VIEW);

        assertRefused(future, future.id(), "must be another map");
        assertRefused(future, 999_999L, "no map 999999 you may view");
        assertRefused(future, alsoFuture.id(), "must be a map in the other state than FUTURE");
        assertRefused(future, elsewhere.id(), "must be a map of space DS");
        assertRefused(future, readOnly.id(), "you may not edit map " + readOnly.id());
    }

    @Test
    void changingTheStateOfALinkedMap_toItsCounterpartsState_shouldBeRefused() {
        JourneyMap current = app.newMap("Aujourd'hui");
        JourneyMap future = link(newMap(AppFixture.PAGE, "Demain", JourneyState.FUTURE), Optional.of(current.id()));

        assertThatThrownBy(() -> app.maps.update(future.id(), new MapPatch(future.version(), null, null,
                JourneyState.CURRENT, null, null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("counterpartMapId"));
    }

    @Test
    void deletingAMap_shouldClearTheLinksPointingAtIt_asAChangeOfTheLinkedMap() {
        JourneyMap current = app.newMap("Aujourd'hui");
        JourneyMap future = link(newMap(AppFixture.PAGE, "Demain", JourneyState.FUTURE), Optional.of(current.id()));

        app.maps.delete(current.id());

        JourneyMap after = app.storedMap(future.id());
        assertThat(after.counterpartMapId()).isNull();
        assertThat(after.version()).isEqualTo(future.version() + 1);
        assertThat(app.repository.changesOf(future.id())).last()
                .extracting(MapChange::kind, MapChange::elementType, MapChange::revision)
                .containsExactly(ChangeKind.UPDATED, ElementType.MAP, after.revision());
    }

    @Test
    void compare_fromEitherSide_shouldPutTheCurrentMapFirstAndListAddressedPainPoints() {
        JourneyMap current = app.newMap("Aujourd'hui");
        Stage pay = app.addStage(current.id(), "Payer");
        Lane pains = app.addLane(current.id(), "Irritants", LaneType.PAIN_POINTS);
        app.cards.add(current.id(), new NewCard(pay.id(), pains.id(), "Paiement refusé", null, null));
        JourneyMap future = newMap(AppFixture.PAGE, "Demain", JourneyState.FUTURE);
        app.addStage(future.id(), "payer");
        link(future, Optional.of(current.id()));

        CounterpartComparison fromFuture = app.counterparts.compare(future.id());
        CounterpartComparison fromCurrent = app.counterparts.compare(current.id());

        assertThat(fromFuture.current().id()).isEqualTo(current.id());
        assertThat(fromFuture.future().id()).isEqualTo(future.id());
        assertThat(fromFuture.addressed()).extracting(PainPoint::text).containsExactly("Paiement refusé");
        assertThat(fromCurrent.current().id()).isEqualTo(current.id());
        assertThat(fromCurrent.stages()).hasSize(1);
    }

    @Test
    void compare_withoutCounterpart_shouldBeNotFound() {
        JourneyMap map = app.newMap("Seule");

        assertThatThrownBy(() -> app.counterparts.compare(map.id())).isInstanceOf(NotFoundException.class);
    }

    private JourneyMap newMap(long pageId, String title, JourneyState state) {
        return app.maps.create(new NewMap(pageId, title, null, state, null, null)).content().map();
    }

    private JourneyMap link(JourneyMap map, Optional<Long> counterpart) {
        JourneyMap stored = app.storedMap(map.id());
        return app.maps.update(map.id(), new MapPatch(stored.version(), null, null, null, null, null, null,
                counterpart));
    }

    private void assertRefused(JourneyMap map, long counterpartId, String reason) {
        assertThatThrownBy(() -> link(map, Optional.of(counterpartId)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("counterpartMapId");
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }
}
