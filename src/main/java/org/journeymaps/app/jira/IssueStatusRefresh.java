package org.journeymaps.app.jira;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.MapWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.app.jira.IssueLinkStore;
import org.journeymaps.app.jira.IssueStatusCache;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.app.jira.JiraGateway;
import org.journeymaps.app.jira.JiraGateway.JiraIssue;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.jira.JiraError;
import org.journeymaps.domain.jira.JiraErrorCode;

/**
 * Re-reads the status of a map's linked issues: from the status cache where it is fresh, else in one search per
 * server and hundred keys. A key Jira no longer knows, or a failed search, marks its links with the error and keeps
 * what was read before. Viewers of the map's page may refresh; when what the map shows changes, so does its
 * revision (one change entry), so viewers re-reading it see the new roll-up. {@code bypassCache} asks Jira even for
 * fresh entries, like the Refresh button of Confluence's Jira macro.
 */
@Named
public class IssueStatusRefresh {
    private final JourneyMapRepository repository;
    private final IssueLinkStore store;
    private final JiraGateway gateway;
    private final IssueStatusCache cache;
    private final AccessGuard guard;
    private final MapWriter writer;
    private final Clock clock;

    @Inject
    public IssueStatusRefresh(JourneyMapRepository repository, IssueLinkStore store, JiraGateway gateway,
                              IssueStatusCache cache, AccessGuard guard, MapWriter writer, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.gateway = gateway;
        this.cache = cache;
        this.guard = guard;
        this.writer = writer;
        this.clock = clock;
    }

    public List<IssueLink> refresh(long mapId, boolean bypassCache) {
        guard.readableMap(mapId);
        List<IssueLink> links = store.linksOfMap(mapId);
        Map<String, List<String>> keysByServer = new LinkedHashMap<>();
        links.forEach(link -> {
            List<String> keys = keysByServer.computeIfAbsent(link.serverId(), server -> new ArrayList<>());
            if (!keys.contains(link.issueKey())) {
                keys.add(link.issueKey());
            }
        });
        Map<String, Read> reads = new HashMap<>();
        keysByServer.forEach((server, keys) -> read(server, keys, bypassCache, reads));
        Instant now = clock.now();
        List<IssueLink> refreshed = new ArrayList<>();
        List<IssueLink> changed = new ArrayList<>();
        for (IssueLink link : links) {
            IssueLink updated = reads.get(link.serverId() + " " + link.issueKey()).applyTo(link, now);
            refreshed.add(updated);
            if (!updated.equals(link)) {
                changed.add(updated);
            }
        }
        save(mapId, links, changed);
        return refreshed;
    }

    private void read(String server, List<String> keys, boolean bypassCache, Map<String, Read> reads) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            Optional<JiraIssue> cached = bypassCache ? Optional.empty() : cache.get(server, key);
            if (cached.isPresent()) {
                reads.put(server + " " + key, new Read(cached.get(), null, false));
            } else {
                missing.add(key);
            }
        }
        for (int start = 0; start < missing.size(); start += JiraGateway.MAX_KEYS_PER_SEARCH) {
            List<String> chunk = missing.subList(start, Math.min(missing.size(), start + JiraGateway.MAX_KEYS_PER_SEARCH));
            try {
                Map<String, JiraIssue> found = gateway.issues(server, chunk);
                for (String key : chunk) {
                    JiraIssue issue = found.get(key);
                    if (issue != null) {
                        cache.put(server, issue);
                    }
                    reads.put(server + " " + key, issue != null ? new Read(issue, null, true)
                            : new Read(null, JiraError.of(JiraErrorCode.NOT_FOUND,
                            "Jira no longer has " + key + ", or you may not see it."), true));
                }
            } catch (JiraException e) {
                chunk.forEach(key -> reads.put(server + " " + key, new Read(null, e.error(), true)));
            }
        }
    }

    /** Stores the changed links; when what a reader sees changed, bumps the map's revision once. */
    private void save(long mapId, List<IssueLink> before, List<IssueLink> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<Long, IssueLink> previous = new HashMap<>();
        before.forEach(link -> previous.put(link.id(), link));
        Optional<IssueLink> visible = changed.stream()
                .filter(link -> !sameView(link, previous.get(link.id()))).findFirst();
        repository.inTransaction(() -> {
            store.updateSync(changed);
            visible.ifPresent(link -> writer.record(mapId, guard.authorKey(), ChangeKind.UPDATED,
                    ElementType.ISSUE_LINK, link.id()));
            return null;
        });
    }

    /** Same summary, status, category and error code: a reader sees no difference. */
    private static boolean sameView(IssueLink a, IssueLink b) {
        return Objects.equals(a.summary(), b.summary()) && Objects.equals(a.status(), b.status())
                && a.statusCategory() == b.statusCategory()
                && Objects.equals(a.error() == null ? null : a.error().code(), b.error() == null ? null : b.error().code());
    }

    /** What was read of one key: the issue, or why it could not be read; {@code fresh} if Jira answered just now. */
    private record Read(JiraIssue issue, JiraError error, boolean fresh) {
        IssueLink applyTo(IssueLink link, Instant now) {
            if (issue == null) {
                return link.failed(error);
            }
            boolean unchanged = Objects.equals(issue.summary(), link.summary())
                    && Objects.equals(issue.status(), link.status()) && issue.category() == link.statusCategory()
                    && link.error() == null && link.syncedAt() != null;
            // A cached answer equal to what is stored keeps its read time: Jira was not asked again.
            return unchanged && !fresh ? link : link.synced(issue.summary(), issue.status(), issue.category(), now);
        }
    }
}
