package org.journeymaps.app.jira;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.FakeJira;
import org.journeymaps.app.kernel.PermissionDeniedException;
import org.journeymaps.app.structure.NewCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.jira.Rollup;
import org.journeymaps.domain.jira.StatusCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JiraUseCasesTest {
    private final AppFixture app = new AppFixture();
    private final FakeJira jira = new FakeJira();
    private final JiraDirectory directory = new JiraDirectory(jira, app.guard);
    private final IssueLinkService issues = new IssueLinkService(app.repository, jira, jira, jira, app.guard,
            app.writer, directory, new PageBacklinks(jira, jira), app.clock);
    private final IssueStatusRefresh refresh = new IssueStatusRefresh(app.repository, jira, jira, jira, app.guard,
            app.writer, app.clock);
    private JourneyMap map;
    private long stageId;
    private long painLaneId;

    @BeforeEach
    void map() {
        map = app.newMap("Checkout");
        stageId = app.addStage(map.id(), "Buy").id();
        painLaneId = app.addLane(map.id(), "Pains", LaneType.PAIN_POINTS).id();
    }

    @Test
    void aRetryWithTheSameRequestIdAnswersTheSameLinkAndCreatesNothing() {
        Card card = painPoint("No guest checkout");
        IssueLink first = issues.create(map.id(), card.id(), newIssue("request-0001"));
        IssueLink again = issues.create(map.id(), card.id(), newIssue("request-0001"));

        assertThat(again).isEqualTo(first);
        assertThat(jira.creations).isEqualTo(1);
        assertThat(jira.labels.get(first.issueKey())).contains("journey-map", "jm-request-request-0001");
        assertThat(jira.pageLinks).extracting(page -> page.globalId())
                .containsOnly("appId=app-1&pageId=" + AppFixture.PAGE);
    }

    @Test
    void aRetryAfterALostAnswerLinksTheIssueJiraCreatedInsteadOfCreatingAnother() {
        Card card = painPoint("No guest checkout");
        jira.loseNextAnswer = true;
        assertThatThrownBy(() -> issues.create(map.id(), card.id(), newIssue("request-0002")))
                .isInstanceOf(JiraException.class);

        IssueLink link = issues.create(map.id(), card.id(), newIssue("request-0002"));

        assertThat(jira.creations).isEqualTo(1);
        assertThat(link.issueKey()).isEqualTo("CX-1");
        assertThat(jira.linksOfCard(card.id())).containsExactly(link);
    }

    @Test
    void eachLinkAndUnlinkIsAChangeOfTheMap() {
        jira.add("CX-7", "Done", StatusCategory.DONE);
        Card card = painPoint("Slow delivery");
        long before = app.storedMap(map.id()).revision();
        issues.link(map.id(), card.id(), "j", "cx-7");
        long linked = app.storedMap(map.id()).revision();
        issues.unlink(map.id(), card.id(), "CX-7");

        assertThat(linked).isEqualTo(before + 1);
        assertThat(app.storedMap(map.id()).revision()).isEqualTo(linked + 1);
        assertThat(jira.issues).containsKey("CX-7");
    }

    @Test
    void viewersRefreshButOnlyEditorsLink() {
        jira.add("CX-7", "Done", StatusCategory.DONE);
        Card card = painPoint("Slow delivery");
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.VIEW);

        assertThatThrownBy(() -> issues.link(map.id(), card.id(), "j", "CX-7"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(refresh.refresh(map.id(), false)).isEmpty();
    }

    @Test
    void refreshSearchesAHundredKeysAtATimeThenServesTheCache() {
        for (int i = 1; i <= 250; i++) {
            jira.add("CX-" + i, i % 2 == 0 ? "Done" : "To Do", i % 2 == 0 ? StatusCategory.DONE : StatusCategory.NEW);
            Card card = painPoint("Pain " + i);
            jira.insertLink(map.id(), new IssueLink(0, card.id(), "j", "CX-" + i, null, null, null, null, null));
        }

        assertThat(refresh.refresh(map.id(), false)).hasSize(250).allSatisfy(link -> assertThat(link.status()).isNotNull());
        assertThat(jira.searches).isEqualTo(3);
        refresh.refresh(map.id(), false);
        assertThat(jira.searches).isEqualTo(3);
        refresh.refresh(map.id(), true);
        assertThat(jira.searches).isEqualTo(6);
        MapContent content = app.repository.loadContent(map.id()).orElseThrow();
        Rollup rollup = Rollup.of(new MapContent(content.map(), content.stages(), content.lanes(), content.cards(),
                content.emotions(), content.personas(), jira.linksOfMap(map.id())));
        assertThat(rollup.resolved()).isEqualTo(125);
        assertThat(rollup.total()).isEqualTo(250);
    }

    @Test
    void aKeyJiraNoLongerKnowsIsMarkedAndKeepsWhatWasRead() {
        jira.add("CX-1", "In Progress", StatusCategory.INDETERMINATE);
        Card card = painPoint("Pain");
        issues.link(map.id(), card.id(), "j", "CX-1");
        jira.issues.clear();

        List<IssueLink> read = refresh.refresh(map.id(), true);

        assertThat(read).singleElement().satisfies(link -> {
            assertThat(link.error().code()).isEqualTo(JiraErrorCode.NOT_FOUND);
            assertThat(link.status()).isEqualTo("In Progress");
        });
    }

    private Card painPoint(String text) {
        return app.cards.add(map.id(), new NewCard(stageId, painLaneId, text, null, null));
    }

    private static NewIssue newIssue(String requestId) {
        return new NewIssue("j", "CX", "1", "No guest checkout", null, List.of(), requestId);
    }
}
