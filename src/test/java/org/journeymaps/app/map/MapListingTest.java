package org.journeymaps.app.map;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.junit.jupiter.api.Test;

class MapListingTest {
    private static final MapQuery ALL = new MapQuery(null, null, null);
    private final AppFixture app = new AppFixture();

    @Test
    void list_shouldOnlyCountMapsOnPagesTheCallerMayView() {
        // 250 maps (more than one read batch), every fifth one on a hidden page.
        for (int i = 0; i < 250; i++) {
            long page = i % 5 == 0 ? 1000 + i : AppFixture.PAGE;
            app.access.page(page, AppFixture.SPACE, Right.EDIT);
            app.maps.create(new NewMap(page, String.format("Map %03d", i), null, null, null, null));
            if (i % 5 == 0) {
                app.access.page(page, AppFixture.SPACE, Right.NONE);
            }
        }

        MapPage first = app.maps.list(ALL, 0, 150);
        MapPage last = app.maps.list(ALL, 198, 25);

        assertThat(first.size()).isEqualTo(100);
        assertThat(first.limit()).isEqualTo(MapPage.MAX_LIMIT);
        assertThat(first.more()).isTrue();
        assertThat(first.results()).extracting(JourneyMap::title).allMatch(title -> !title.endsWith("0")
                && !title.endsWith("5"));
        assertThat(last.results()).extracting(JourneyMap::title).containsExactly("Map 248", "Map 249");
        assertThat(last.more()).isFalse();
        assertThat(app.maps.list(ALL, 100, 98).results()).doesNotContainAnyElementsOf(last.results())
                .doesNotContainAnyElementsOf(first.results()).hasSize(98);
    }

    @Test
    void list_shouldFilterByPageSpaceAndTitle() {
        app.access.page(300, "OS", Right.EDIT);
        app.newMap("Onboarding");
        app.newMap("Offboarding");
        app.maps.create(new NewMap(300L, "Onboarding elsewhere", null, null, null, null));

        assertThat(titles(new MapQuery(null, null, " BOARD "))).hasSize(3);
        assertThat(titles(new MapQuery(null, "OS", null))).containsExactly("Onboarding elsewhere");
        assertThat(titles(new MapQuery(AppFixture.PAGE, null, "onb"))).containsExactly("Onboarding");
    }

    @Test
    void list_shouldRejectBadPaging() {
        assertThatThrownBy(() -> app.maps.list(ALL, -1, 10))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("start"));
        assertThatThrownBy(() -> app.maps.list(ALL, 0, 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @Test
    void list_ofExactlyOnePage_shouldSayThereIsNoMore() {
        IntStream.range(0, 3).forEach(i -> app.newMap("Map " + i));
        MapPage page = app.maps.list(ALL, 0, 3);
        assertThat(page.size()).isEqualTo(3);
        assertThat(page.more()).isFalse();
    }

    private List<String> titles(MapQuery query) {
        return app.maps.list(query, 0, 25).results().stream().map(JourneyMap::title).toList();
    }
}
