package it.org.journeymaps.rest;

import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.ApiResponse;
import it.org.journeymaps.support.EndpointCall;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint family answers each demo user as the page and space permissions say: editors (admin, alice on
 * DEMO; admin, carol on CAROL) read and write, bob reads DEMO but may not write (403), someone who may not view the
 * space gets 404 (never 403: existence must not leak), and an anonymous caller gets 401. A refused write changes
 * nothing.
 */
class PermissionsTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    // Pages of their own, so the maps made here do not crowd the demo pages.
    private static final TestPage demoPage = devhost.page("Permission checks").as("alice");
    private static final TestPage carolsPage = devhost.page("Permission checks").inSpace(DemoDirectory.CAROL_SPACE)
            .as("carol");

    /** What a user may do in a space. */
    enum Role { EDITOR, VIEWER, OUTSIDER, ANONYMOUS }

    private static int expected(EndpointCall call, Role role) {
        return switch (role) {
            case EDITOR -> call.success();
            case VIEWER -> call.reads() ? 200 : 403;
            case OUTSIDER -> 404;
            case ANONYMOUS -> 401;
        };
    }

    static Stream<Arguments> callsInDemo() {
        return calls(DemoDirectory.DEMO_SPACE, Map.of("admin", Role.EDITOR, "alice", Role.EDITOR,
                "bob", Role.VIEWER, "carol", Role.OUTSIDER));
    }

    static Stream<Arguments> callsInCarolsSpace() {
        return calls(DemoDirectory.CAROL_SPACE, Map.of("admin", Role.EDITOR, "carol", Role.EDITOR,
                "alice", Role.OUTSIDER, "bob", Role.OUTSIDER));
    }

    private static Stream<Arguments> calls(String space, Map<String, Role> roles) {
        List<Arguments> arguments = new ArrayList<>();
        for (EndpointCall call : EndpointCall.values()) {
            roles.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(role -> arguments.add(Arguments.of(space, call, role.getKey(), role.getValue())));
            arguments.add(Arguments.of(space, call, null, Role.ANONYMOUS));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1} by {2} ({3})")
    @MethodSource({"callsInDemo", "callsInCarolsSpace"})
    void eachCallAnswersAsTheCallersPermissionsSay(String space, EndpointCall call, String user, Role role) {
        TestPage page = space.equals(DemoDirectory.DEMO_SPACE) ? demoPage : carolsPage;
        FreshMap map = page.newMap(call + " by " + user);
        String before = map.snapshot();

        Api caller = user == null ? devhost.anonymous() : devhost.as(user);
        ApiResponse response = call.apply(caller, map);

        int expected = expected(call, role);
        if (expected >= 400) {
            assertError(response, expected);
            assertThat(response.body()).as("a refusal does not show the map").doesNotContain(call + " by " + user);
            assertThat(map.snapshot()).as("nothing changed").isEqualTo(before);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        }
    }

    @Test
    void theDemoMapsAreReadByDemoViewersAndHiddenFromCarol() {
        long demoMap = devhost.mapIdOnPage(devhost.demoPageId());

        assertThat(devhost.as("admin").get("/maps/" + demoMap).status()).isEqualTo(200);
        assertThat(devhost.as("alice").get("/maps/" + demoMap).json().path("permissions").path("edit").asBoolean())
                .isTrue();
        assertThat(devhost.as("bob").get("/maps/" + demoMap).expect(200).json().path("permissions").toString())
                .isEqualTo("{\"view\":true,\"comment\":true,\"edit\":false,\"spaceAdmin\":false}");
        assertError(devhost.as("carol").get("/maps/" + demoMap), 404);
        assertError(devhost.anonymous().get("/maps/" + demoMap), 401);
    }

    @Test
    void carolsMapIsHersAlone() {
        long carolsMap = devhost.mapIdOnPage(devhost.carolPageId());

        assertThat(devhost.as("carol").get("/maps/" + carolsMap).expect(200).json().path("title").asText())
                .isEqualTo("Business customer onboarding");
        assertError(devhost.as("alice").get("/maps/" + carolsMap), 404);
        assertError(devhost.as("bob").get("/maps/" + carolsMap), 404);
    }

    @Test
    void theMapListingShowsOnlyTheMapsTheCallerMayView() {
        assertThat(seededTitles("alice")).containsExactlyInAnyOrder("Achat d'une veste d'hiver en ligne",
                "Parcours d'un ticket au centre de services informatique",
                "Du besoin à la recommandation");
        assertThat(seededTitles("bob")).isEqualTo(seededTitles("alice"));
        assertThat(seededTitles("carol")).containsExactly("Business customer onboarding");
        assertThat(seededTitles("admin")).hasSize(4);
        assertError(devhost.anonymous().get("/maps"), 401);
    }

    /** The titles of the seeded maps the user sees in the listing (the maps on the demo pages). */
    private static List<String> seededTitles(String user) {
        List<Long> seededPages = new ArrayList<>(DemoDirectory.DEMO_PAGE_TITLES.stream()
                .map(title -> devhost.pageId(DemoDirectory.DEMO_SPACE, title)).toList());
        seededPages.add(devhost.carolPageId());
        List<String> titles = new ArrayList<>();
        for (long pageId : seededPages) {
            devhost.as(user).get("/maps?pageId=" + pageId).expect(200).json().path("results")
                    .forEach(map -> titles.add(map.path("title").asText()));
        }
        return titles;
    }

}
