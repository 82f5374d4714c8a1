package org.journeymaps.devhost.bench;

import java.util.List;
import org.journeymaps.app.jira.IssueStatusRefresh;
import org.journeymaps.app.jira.IssueLinkStore;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.devhost.DevHost;
import org.journeymaps.devhost.jira.JiraSandbox;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.MapContent;

/**
 * A map with {@value #LINKS} linked issues refreshes its statuses with at most two Jira requests (one search per
 * hundred keys), and with none while the statuses are cached. Counts the requests the devhost Jira sandbox answered.
 */
final class JiraRefreshBenchmark {
    static final int LINKS = 200;

    private JiraRefreshBenchmark() {
    }

    /** Links {@value #LINKS} cards of {@code map} to new sandbox issues, then refreshes and prints the counts. */
    static void run(DevHost host, MapContent map) {
        var context = host.applicationContext();
        JiraSandbox sandbox = host.jiraSandbox().orElseThrow(() -> new IllegalStateException("needs the sandbox"));
        JourneyMapRepository repository = context.getBean(JourneyMapRepository.class);
        IssueLinkStore store = context.getBean(IssueLinkStore.class);
        JiraSandbox.Project project = JiraSandbox.PROJECTS.get(0);
        List<Card> cards = map.cards().subList(0, LINKS);
        repository.inTransaction(() -> {
            for (Card card : cards) {
                String key = sandbox.create(project, JiraSandbox.ISSUE_TYPES.get(0), "Pain " + card.id(), null,
                        List.of()).key();
                store.insertLink(map.map().id(), new IssueLink(0, card.id(), "direct", key, null, null, null, null,
                        null));
            }
            return null;
        });
        IssueStatusRefresh refresh = context.getBean(IssueStatusRefresh.class);
        System.out.printf("%nJira status refresh of a map with %d linked issues (devhost Jira sandbox)%n", LINKS);
        measure("first refresh (cache empty)", () -> refresh.refresh(map.map().id(), false), sandbox);
        measure("second refresh (cached)", () -> refresh.refresh(map.map().id(), false), sandbox);
        measure("forced refresh (?force=true)", () -> refresh.refresh(map.map().id(), true), sandbox);
    }

    private static void measure(String what, Runnable refresh, JiraSandbox sandbox) {
        sandbox.resetRequestCount();
        long start = System.nanoTime();
        refresh.run();
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("%-30s %8.1f ms %4d Jira requests%n", what, ms, sandbox.requestCount());
    }
}
