package org.journeymaps.app.kernel;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.map.MapView;
import org.journeymaps.app.map.NewMap;
import org.journeymaps.app.structure.StagePatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class PermissionsTest {
    private static final long OTHER_PAGE = 200;
    private final AppFixture app = new AppFixture();
    private final JourneyMap map = app.newMap("Onboarding");

    @Test
    void aMapWhosePageTheCallerCannotView_shouldBeNotFound_likeAMissingOne() {
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.NONE);

        assertThatThrownBy(() -> app.maps.get(map.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("map"));
        assertThatThrownBy(() -> app.maps.get(999))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.key()).isEqualTo("999"));
    }

    @Test
    void anAnonymousCaller_shouldBeAskedToSignIn_forHiddenAndMissingMapsAlike() {
        app.access.signOut();
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.NONE);

        assertThatThrownBy(() -> app.maps.get(map.id())).isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> app.maps.get(999)).isInstanceOf(AuthenticationRequiredException.class);
    }

    @Test
    void anAnonymousCallerOnAPublicPage_shouldReadTheMap() {
        app.access.signOut();
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.VIEW);

        MapView view = app.maps.get(map.id());

        assertThat(view.content().map().id()).isEqualTo(map.id());
        assertThat(view.permissions()).isEqualTo(new MapPermissions(true, false, false, false));
    }

    @Test
    void aViewerWhoMayNotEdit_shouldBeDeniedWrites_andAnAnonymousOneAskedToSignIn() {
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.COMMENT);

        assertThatThrownBy(() -> app.addStage(map.id(), "Discover")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> app.maps.delete(map.id())).isInstanceOf(PermissionDeniedException.class);

        app.access.signOut();
        assertThatThrownBy(() -> app.addStage(map.id(), "Discover"))
                .isInstanceOf(AuthenticationRequiredException.class);
    }

    @Test
    void aWriteToAMapTheCallerCannotView_shouldBeNotFound() {
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.NONE);
        assertThatThrownBy(() -> app.addStage(map.id(), "Discover")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void permissionShouldBeCheckedBeforeInput() {
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.VIEW);
        assertThatThrownBy(() -> app.addStage(map.id(), "")).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aRefusedWrite_shouldLeaveTheMapUntouched() {
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.VIEW);
        assertThatThrownBy(() -> app.addStage(map.id(), "Discover")).isInstanceOf(PermissionDeniedException.class);

        assertThat(app.storedMap(map.id()).revision()).isEqualTo(map.revision());
        assertThat(app.repository.stagesOf(map.id())).isEmpty();
    }

    @Test
    void creatingAMap_shouldNeedEditOnAnExistingPage() {
        app.access.page(OTHER_PAGE, AppFixture.SPACE, Right.VIEW);
        assertThatThrownBy(() -> app.maps.create(new NewMap(OTHER_PAGE, "Map", null, null, null, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> app.maps.create(new NewMap(999L, "Map", null, null, null, null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("page"));
    }

    @Test
    void anElementOfAnotherMap_shouldBeNotFound() {
        app.access.page(OTHER_PAGE, AppFixture.SPACE, Right.EDIT);
        JourneyMap other = app.maps.create(new NewMap(OTHER_PAGE, "Other", null, null, null, null)).content().map();
        Stage foreign = app.addStage(other.id(), "Foreign");

        assertThatThrownBy(() -> app.stages.update(map.id(), foreign.id(), new StagePatch(1L, "Mine", null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.element()).isEqualTo("stage"));
        assertThatThrownBy(() -> app.stages.delete(map.id(), foreign.id())).isInstanceOf(NotFoundException.class);
        assertThat(app.repository.findStage(foreign.id())).contains(foreign);
    }
}
