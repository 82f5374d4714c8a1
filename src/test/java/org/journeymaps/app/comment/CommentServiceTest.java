package org.journeymaps.app.comment;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.FakeUsers;
import org.journeymaps.app.InMemoryCommentStore;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import org.journeymaps.app.kernel.ConflictException;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.kernel.PermissionDeniedException;
import org.journeymaps.app.structure.NewCard;
import java.util.ArrayList;
import java.util.List;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.app.comment.CommentNotification;
import org.journeymaps.app.comment.CommentNotification.Reason;
import org.journeymaps.app.comment.Notifier;
import org.journeymaps.app.user.UserRef;
import org.journeymaps.domain.comment.AnchorType;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CommentServiceTest {
    private final AppFixture app = new AppFixture();
    private final InMemoryCommentStore store = new InMemoryCommentStore(app.repository);
    private final List<Sent> sent = new ArrayList<>();
    private final Notifier notifier = (recipient, pageId, notification) -> sent.add(new Sent(recipient, notification));
    private final MapWatchers watchers = new MapWatchers(store, app.guard);
    private final CommentService comments = new CommentService(store, app.repository, app.guard, app.writer,
            app.clock, new FakeUsers(), new CommentAlerts(notifier, watchers));
    private JourneyMap map;
    private Card card;

    record Sent(String recipient, CommentNotification notification) {
    }

    @BeforeEach
    void mapWithACard() {
        app.access.signInAs("ALICE");
        map = app.newMap("Onboarding");
        long stageId = app.addStage(map.id(), "Sign up").id();
        long laneId = app.addLane(map.id(), "Steps", LaneType.ACTIONS).id();
        card = app.cards.add(map.id(), new NewCard(stageId, laneId, "Fill in the form", null, CardAttributes.NONE));
    }

    private CommentView onCard(String body) {
        return comments.create(map.id(), new NewComment(AnchorType.CARD, card.id(), body, null));
    }

    private void signInWith(String userKey, Right right) {
        app.access.signInAs(userKey);
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, right);
    }

    @Test
    void aNewThreadIsAMapRevisionWithACommentChange() {
        long before = app.storedMap(map.id()).revision();

        CommentView created = onCard("Too many fields");

        assertThat(created.comment().anchorType()).isEqualTo(AnchorType.CARD);
        assertThat(created.author()).isEqualTo(FakeUsers.ALL.get(0));
        assertThat(app.storedMap(map.id()).revision()).isEqualTo(before + 1);
        MapChange change = app.repository.changesSince(map.id(), before, 10).get(0);
        assertThat(change.kind()).isEqualTo(ChangeKind.CREATED);
        assertThat(change.elementType()).isEqualTo(ElementType.COMMENT);
        assertThat(change.elementId()).isEqualTo(created.id());
    }

    @Test
    void aReplyToAReplyJoinsTheThreadAndTakesItsAnchor() {
        CommentView thread = onCard("Too many fields");
        CommentView reply = comments.create(map.id(), new NewComment(null, null, "Agreed", thread.id()));

        CommentView second = comments.create(map.id(), new NewComment(AnchorType.MAP, null, "Me too", reply.id()));

        assertThat(second.comment().parentId()).isEqualTo(thread.id());
        assertThat(second.comment().anchorType()).isEqualTo(AnchorType.CARD);
        assertThat(second.comment().anchorId()).isEqualTo(card.id());
    }

    @Test
    void whoMayCommentComments_viewersAndAnonymousMayNot() {
        signInWith("BOB", Right.COMMENT);
        assertThat(onCard("From bob").author().key()).isEqualTo("BOB");

        signInWith("CAROL", Right.VIEW);
        assertThatThrownBy(() -> onCard("From carol")).isInstanceOf(PermissionDeniedException.class);
        app.access.signOut();
        assertThatThrownBy(() -> onCard("From nobody")).isInstanceOf(AuthenticationRequiredException.class);
        assertThat(comments.list(map.id(), null, null, null)).hasSize(1);
    }

    @Test
    void aBodyIsRequiredAndAtMostTenThousandCharacters() {
        assertThatThrownBy(() -> onCard("x".repeat(10_001))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> onCard("  ")).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("body"));
        assertThat(onCard("x".repeat(10_000)).comment().body()).hasSize(10_000);
    }

    @Test
    void anAnchorMustBeAnElementOfTheMap() {
        assertThatThrownBy(() -> comments.create(map.id(), new NewComment(AnchorType.CARD, 999L, "Where?", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.create(map.id(), new NewComment(AnchorType.MAP, card.id(), "Hm", null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("anchorId"));
    }

    @Test
    void onlyTheAuthorEditsTheBody_andAStaleVersionIsAConflictCarryingTheCurrentComment() {
        CommentView mine = onCard("Typo hre");
        CommentView edited = comments.update(map.id(), mine.id(), new CommentPatch(1L, "Typo here", null));
        assertThat(edited.comment().body()).isEqualTo("Typo here");
        assertThat(edited.comment().editedAt()).isNotNull();
        assertThat(edited.version()).isEqualTo(2);

        assertThatThrownBy(() -> comments.update(map.id(), mine.id(), new CommentPatch(1L, "Again", null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(((CommentView) e.current()).comment().body()).isEqualTo("Typo here"));
        signInWith("BOB", Right.EDIT);
        assertThatThrownBy(() -> comments.update(map.id(), mine.id(), new CommentPatch(2L, "Bob's", null)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void editorsAndTheAuthorResolve_otherCommentersMayNot_andRepliesAreNotResolved() {
        CommentView thread = onCard("Open question");
        CommentView reply = comments.create(map.id(), new NewComment(null, null, "Answer", thread.id()));
        signInWith("BOB", Right.COMMENT);
        assertThatThrownBy(() -> comments.update(map.id(), thread.id(), new CommentPatch(1L, null, true)))
                .isInstanceOf(PermissionDeniedException.class);

        signInWith("CAROL", Right.EDIT);
        assertThat(comments.update(map.id(), thread.id(), new CommentPatch(1L, null, true)).comment().resolved())
                .isTrue();
        assertThatThrownBy(() -> comments.update(map.id(), reply.id(), new CommentPatch(1L, null, true)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("resolved"));
        assertThat(comments.list(map.id(), null, null, true)).extracting(CommentView::id)
                .containsExactly(thread.id(), reply.id());
        assertThat(comments.list(map.id(), null, null, false)).isEmpty();
    }

    @Test
    void theAuthorOrASpaceAdminDeletes_andAThreadTakesItsRepliesAlong() {
        CommentView thread = onCard("First");
        comments.create(map.id(), new NewComment(null, null, "Reply", thread.id()));
        signInWith("BOB", Right.EDIT);
        assertThatThrownBy(() -> comments.delete(map.id(), thread.id())).isInstanceOf(PermissionDeniedException.class);

        app.access.spaceAdmin(AppFixture.PAGE);
        comments.delete(map.id(), thread.id());

        assertThat(comments.list(map.id(), null, null, null)).isEmpty();
    }

    @Test
    void listFiltersByAnchor() {
        onCard("On the card");
        comments.create(map.id(), new NewComment(AnchorType.MAP, null, "On the map", null));

        assertThat(comments.list(map.id(), AnchorType.CARD, card.id(), null)).extracting(v -> v.comment().body())
                .containsExactly("On the card");
        assertThat(comments.list(map.id(), AnchorType.MAP, null, null)).extracting(v -> v.comment().body())
                .containsExactly("On the map");
    }

    @Test
    void mentionsAreStoredAsUserKeysAndShownAsPeople_unknownNamesStayText() {
        CommentView view = onCard("@bob and @carol, see @nobody (mail: x@bob)");

        assertThat(view.comment().mentionKeys()).containsExactly("BOB", "CAROL");
        assertThat(view.mentions()).extracting(UserRef::displayName).containsExactly("Bob Durand", "Carol Jones");
    }

    @Test
    void mentionedUsersAndWatchersAreNotified_onceEach_neverTheAuthor() {
        signInWith("CAROL", Right.EDIT);
        onCard("Carol takes part, so she watches");
        sent.clear();
        signInWith("BOB", Right.COMMENT);

        onCard("@alice @bob look");

        assertThat(sent).extracting(Sent::recipient, s -> s.notification().reason())
                .containsExactlyInAnyOrder(tuple("ALICE", Reason.MENTIONED),
                        tuple("CAROL", Reason.WATCHING));
        assertThat(sent.get(0).notification().authorName()).isEqualTo("Bob Durand");
    }

    @Test
    void anEditNotifiesOnlyTheNewlyMentioned_andUnwatchingStopsWatcherMail() {
        CommentView mine = onCard("@bob please check");
        sent.clear();
        comments.update(map.id(), mine.id(), new CommentPatch(1L, "@bob and @carol please check", null));
        assertThat(sent).extracting(Sent::recipient).containsExactly("CAROL");

        watchers.setWatching(map.id(), false);
        signInWith("BOB", Right.COMMENT);
        sent.clear();
        onCard("Done");
        assertThat(sent).isEmpty();
        assertThat(watchers.isWatching(map.id())).isTrue();
    }
}
