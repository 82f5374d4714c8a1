package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.ApiResponse;
import it.org.journeymaps.support.FreshMap;
import it.org.journeymaps.support.RunningDevHost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static it.org.journeymaps.support.ApiErrors.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments over HTTP. On DEMO, admin (site admin, so space admin) and alice edit, bob may comment but not edit,
 * carol cannot see the space (404) and anonymous callers must sign in (401). Authors edit their own words only;
 * authors and space admins delete; editors and authors resolve.
 */
class CommentsTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static FreshMap map;

    /** The comment calls, each by {@code caller} on a comment of its own or of someone else. */
    enum Call {
        LIST, CREATE, REPLY, EDIT_OWN, EDIT_OTHERS, DELETE_OWN, DELETE_OTHERS, RESOLVE_OTHERS, RESOLVE_OWN
    }

    @BeforeAll
    static void mapOnItsOwnPage() {
        map = devhost.page("Comment checks").as("alice").map();
    }

    private static String comments() {
        return map.path() + "/comments";
    }

    private static JsonNode commentBy(String user, String body) {
        return devhost.as(user).post(comments(), Map.of("anchorType", "CARD", "anchorId", map.cardId(),
                "body", body)).expect(201).json();
    }

    static Stream<Arguments> matrix() {
        Map<String, int[]> expected = Map.of(
                //             LIST CREATE REPLY EDIT_OWN EDIT_OTHERS DEL_OWN DEL_OTHERS RES_OTHERS RES_OWN
                "admin", new int[] {200, 201, 201, 200, 403, 204, 204, 200, 200},
                "alice", new int[] {200, 201, 201, 200, 403, 204, 403, 200, 200},
                "bob", new int[] {200, 201, 201, 200, 403, 204, 403, 403, 200},
                "carol", new int[] {404, 404, 404, 0, 404, 0, 404, 404, 0},
                "", new int[] {401, 401, 401, 0, 401, 0, 401, 401, 0});
        List<Arguments> arguments = new ArrayList<>();
        expected.forEach((user, statuses) -> {
            for (Call call : Call.values()) {
                if (statuses[call.ordinal()] != 0) {
                    arguments.add(Arguments.of(user, call, statuses[call.ordinal()]));
                }
            }
        });
        return arguments.stream();
    }

    @ParameterizedTest(name = "{1} by ''{0}'' answers {2}")
    @MethodSource("matrix")
    void eachUserMayDoWhatThePagePermissionsAndAuthorshipSay(String user, Call call, int status) {
        Api caller = user.isEmpty() ? devhost.anonymous() : devhost.as(user);
        JsonNode others = commentBy(user.equals("alice") ? "bob" : "alice", "Someone else's words");
        JsonNode own = call.name().endsWith("_OWN") ? commentBy(user, "My own words") : null;
        String othersPath = comments() + "/" + others.path("id").asLong();
        String ownPath = own == null ? null : comments() + "/" + own.path("id").asLong();

        ApiResponse response = switch (call) {
            case LIST -> caller.get(comments());
            case CREATE -> caller.post(comments(), Map.of("anchorType", "MAP", "body", "New thread"));
            case REPLY -> caller.post(comments(), Map.of("parentId", others.path("id").asLong(), "body", "Reply"));
            case EDIT_OWN -> caller.patch(ownPath, Map.of("version", 1, "body", "Changed"));
            case EDIT_OTHERS -> caller.patch(othersPath, Map.of("version", 1, "body", "Changed"));
            case DELETE_OWN -> caller.delete(ownPath);
            case DELETE_OTHERS -> caller.delete(othersPath);
            case RESOLVE_OTHERS -> caller.patch(othersPath, Map.of("version", 1, "resolved", true));
            case RESOLVE_OWN -> caller.patch(ownPath, Map.of("version", 1, "resolved", true));
        };

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        if (status >= 400 && call != Call.LIST && call != Call.CREATE && call != Call.REPLY) {
            JsonNode after = devhost.as("alice").get(othersPath.replaceAll("/\\d+$", "")).expect(200).json();
            assertThat(after.findValuesAsText("body")).contains("Someone else's words");
        }
    }

    @Test
    void aBodyOfMoreThanTenThousandCharactersIsRefusedNamingBody() {
        Api bob = devhost.as("bob");
        assertFieldError(bob.post(comments(), Map.of("anchorType", "MAP", "body", "x".repeat(10_001))), 400, "body");
        assertFieldError(bob.post(comments(), Map.of("anchorType", "CARD", "body", "no anchor id")), 400, "anchorId");
        bob.post(comments(), Map.of("anchorType", "MAP", "body", "x".repeat(10_000))).expect(201);
    }

    @Test
    void aStaleEditIsA409CarryingTheCurrentComment() {
        JsonNode mine = commentBy("bob", "First words");
        String path = comments() + "/" + mine.path("id").asLong();
        devhost.as("bob").patch(path, Map.of("version", 1, "body", "Second words")).expect(200);

        JsonNode conflict = devhost.as("bob").patch(path, Map.of("version", 1, "body", "Third words")).expect(409)
                .json();

        assertThat(conflict.path("current").path("body").asText()).isEqualTo("Second words");
        assertThat(conflict.path("current").path("version").asLong()).isEqualTo(2);
    }

    @Test
    void commentsFollowAMovedCardAndGoWithADeletedOne_andEachWriteIsInTheChangeFeed() {
        Api alice = devhost.as("alice");
        long cardId = map.addCard(map.firstStageId(), map.firstLaneId(), "Moves around");
        long revision = map.revision();
        long commentId = devhost.as("bob").post(comments(), Map.of("anchorType", "CARD", "anchorId", cardId,
                "body", "Follow me")).expect(201).id();
        String onCard = comments() + "?anchorType=CARD&anchorId=" + cardId;

        alice.patch(map.path() + "/cards/" + cardId, Map.of("version", 1, "stageId", map.stageIds().get(1)))
                .expect(200);
        assertThat(alice.get(onCard).expect(200).json().findValuesAsText("body")).containsExactly("Follow me");

        alice.delete(map.path() + "/cards/" + cardId).expect(204);
        assertThat(alice.get(onCard).expect(200).json()).isEmpty();
        assertThat(alice.get(comments() + "/" + commentId).status()).isIn(404, 405);
        JsonNode feed = alice.get(map.path() + "/changes?since=" + revision).expect(200).json();
        assertThat(feed.toString()).contains("\"COMMENT\"");
    }

    @Test
    void mentionedUsersGetAMailInTheOutbox_theAuthorDoesNot_andTheTextStaysText() throws Exception {
        JsonNode comment = devhost.as("bob").post(comments(), Map.of("anchorType", "MAP",
                "body", "@alice <script>alert(1)</script> and @bob")).expect(201).json();

        assertThat(comment.path("mentions").findValuesAsText("name")).containsExactly("alice", "bob");
        String outbox = outboxPage();
        assertThat(outbox).contains("alice@example.com").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(outbox).doesNotContain("bob@example.com");
    }

    @Test
    void userSearchFindsByNamePrefix_forSignedInCallersOnly() {
        assertThat(devhost.as("bob").get("/users?q=al").expect(200).json().findValuesAsText("name"))
                .containsExactly("alice");
        assertThat(devhost.anonymous().get("/users?q=al").status()).isEqualTo(401);
    }

    @Test
    void watchingCanBeStoppedAndStartedAgain() {
        Api bob = devhost.as("bob");
        bob.delete(map.path() + "/watch").expect(200);
        assertThat(bob.get(map.path() + "/watch").expect(200).json().path("watching").asBoolean()).isFalse();
        assertThat(bob.put(map.path() + "/watch", Map.of()).expect(200).json().path("watching").asBoolean()).isTrue();
    }

    private static String outboxPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(devhost.host().baseUrl() + "/devhost/outbox")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
