package org.journeymaps.devhost.jira;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.jira.IssueLinkStore;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.devhost.demo.JourneyMapsDemoSeeder;
import org.journeymaps.devhost.spi.DemoSeeder;
import org.journeymaps.devhost.spi.SeedContext;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.jira.StatusCategory;

/**
 * Links the demo maps' first pain points to the sandbox's seeded issues (some done), with their status as read,
 * so the demo shows lozenges and the roll-up from the first page view. Runs after the demo maps are created.
 */
public final class JiraDemoSeeder implements DemoSeeder {
    private static final String ADMIN = "admin";
    private static final int MAX_MAPS = 100;
    /** The id the app gives the Jira it calls directly (devhost has no application links). */
    private static final String DIRECT_SERVER = "direct";

    /** The seeders, with this one last when there are demo maps and a sandbox to link them to. */
    public static List<DemoSeeder> addTo(List<DemoSeeder> seeders, JiraSandbox sandbox) {
        if (sandbox == null || seeders.stream().noneMatch(JourneyMapsDemoSeeder.class::isInstance)) {
            return seeders;
        }
        List<DemoSeeder> all = new ArrayList<>(seeders);
        all.add(new JiraDemoSeeder());
        return all;
    }

    @Override
    public void seedData(SeedContext context) {
        JourneyMapRepository repository = context.component(JourneyMapRepository.class);
        IssueLinkStore store = context.component(IssueLinkStore.class);
        List<JourneyMap> maps = new ArrayList<>();
        context.asUser(ADMIN, () -> maps.addAll(context.component(MapService.class)
                .list(new MapQuery(null, null, null), 0, MAX_MAPS).results()));
        Iterator<Map.Entry<String, JiraSandbox.Status>> issues = JiraSandbox.SEEDED.entrySet().iterator();
        for (JourneyMap map : maps) {
            MapContent content = repository.loadContent(map.id()).orElseThrow();
            Set<Long> painLanes = content.lanes().stream().filter(lane -> lane.type() == LaneType.PAIN_POINTS)
                    .map(lane -> lane.id()).collect(Collectors.toSet());
            for (Card card : content.cards()) {
                if (!issues.hasNext()) {
                    return;
                }
                if (painLanes.contains(card.laneId())) {
                    link(repository, store, map, card, issues.next());
                }
            }
        }
    }

    private static void link(JourneyMapRepository repository, IssueLinkStore store, JourneyMap map, Card card,
                             Map.Entry<String, JiraSandbox.Status> issue) {
        String key = issue.getKey();
        JiraSandbox.Status status = issue.getValue();
        IssueLink link = new IssueLink(0, card.id(), DIRECT_SERVER, key, null, null, null, null, null)
                .synced(JiraSandbox.seededSummary(key), status.name(),
                        StatusCategory.fromJiraKey(status.categoryKey()), map.updatedAt());
        repository.inTransaction(() -> store.insertLink(map.id(), link));
    }
}
