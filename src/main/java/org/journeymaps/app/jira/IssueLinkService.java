package org.journeymaps.app.jira;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.Edit;
import org.journeymaps.app.kernel.MapElements;
import org.journeymaps.app.kernel.MapWriter;
import org.journeymaps.app.kernel.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeymaps.app.kernel.Clock;
import org.journeymaps.app.jira.IssueLinkStore;
import org.journeymaps.app.jira.IssueLinkStore.IssueRequest;
import org.journeymaps.app.jira.IssueStatusCache;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.app.jira.JiraGateway;
import org.journeymaps.app.jira.JiraGateway.JiraIssue;
import org.journeymaps.app.jira.JiraGateway.NewJiraIssue;
import org.journeymaps.app.kernel.JourneyMapRepository;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.LaneType;

/**
 * Links a pain-point or opportunity card to Jira issues: creates one, links an existing one by key, unlinks
 * (the Jira issue is never deleted). Editors of the map's page only; each link and unlink is a change of the map.
 *
 * <p>Creation is idempotent per card and client request id: the request is recorded before Jira is called, and
 * every issue created carries the label {@code jm-request-<requestId>}. A retry of a request that already has its
 * issue answers that issue's link; a retry of one whose earlier call never answered (timeout, crash) first searches
 * Jira for the label, so an issue Jira created after all is linked instead of created twice.
 */
@Named
public class IssueLinkService {
    /** Every issue made from a map carries this label, so Jira users can find them. */
    public static final String MAP_LABEL = "journey-map";
    static final String REQUEST_LABEL_PREFIX = "jm-request-";
    private static final Set<LaneType> ISSUE_LANES = Set.of(LaneType.PAIN_POINTS, LaneType.OPPORTUNITIES);

    private final JourneyMapRepository repository;
    private final IssueLinkStore store;
    private final JiraGateway gateway;
    private final IssueStatusCache cache;
    private final AccessGuard guard;
    private final MapWriter writer;
    private final JiraDirectory directory;
    private final PageBacklinks backlinks;
    private final MapElements elements;
    private final Clock clock;

    @Inject
    public IssueLinkService(JourneyMapRepository repository, IssueLinkStore store, JiraGateway gateway,
                            IssueStatusCache cache, AccessGuard guard, MapWriter writer, JiraDirectory directory,
                            PageBacklinks backlinks, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.gateway = gateway;
        this.cache = cache;
        this.guard = guard;
        this.writer = writer;
        this.directory = directory;
        this.backlinks = backlinks;
        this.elements = new MapElements(repository);
        this.clock = clock;
    }

    public IssueLink create(long mapId, long cardId, NewIssue command) {
        JourneyMap map = guard.editableMap(mapId).map();
        issueCard(mapId, cardId);
        directory.knownServer("create.server", command.server());
        Optional<IssueRequest> earlier = store.findRequest(cardId, command.requestId());
        if (earlier.isPresent() && earlier.get().issueKey() != null) {
            return linkedIssue(map, cardId, earlier.get().serverId(), earlier.get().issueKey());
        }
        if (earlier.isEmpty()) {
            repository.inTransaction(() -> {
                store.insertRequest(new IssueRequest(mapId, cardId, command.requestId(), command.server(), null));
                return null;
            });
        }
        String server = earlier.map(IssueRequest::serverId).orElse(command.server());
        String requestLabel = REQUEST_LABEL_PREFIX + command.requestId();
        Optional<JiraIssue> alreadyCreated = earlier.isPresent()
                ? gateway.issueLabelled(server, requestLabel) : Optional.empty();
        JiraIssue issue = alreadyCreated.orElseGet(() -> gateway.create(server, jiraIssue(map, command, requestLabel)));
        return link(map, cardId, server, issue, command.requestId());
    }

    /** Links the issue {@code key}; linking a key the card already has answers the existing link. */
    public IssueLink link(long mapId, long cardId, String serverId, String key) {
        JourneyMap map = guard.editableMap(mapId).map();
        issueCard(mapId, cardId);
        String server = directory.knownServer("link.server", serverId);
        String issueKey = IssueKey.parse("link.key", key);
        Optional<IssueLink> existing = linkOf(cardId, server, issueKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        JiraIssue issue;
        try {
            issue = gateway.issue(server, issueKey);
        } catch (JiraException e) {
            if (e.error().code() == JiraErrorCode.NOT_FOUND) {
                throw new InvalidFieldException("link.key", "Jira has no issue " + issueKey + " that you may see");
            }
            throw e;
        }
        return link(map, cardId, server, issue, null);
    }

    public void unlink(long mapId, long cardId, String key) {
        writer.write(mapId, () -> {
            elements.card(mapId, cardId);
            IssueLink link = store.linksOfCard(cardId).stream()
                    .filter(candidate -> candidate.issueKey().equalsIgnoreCase(key)).findFirst()
                    .orElseThrow(() -> new NotFoundException("issue link", key));
            store.deleteLink(link.id());
            return new Edit<Void>(ChangeKind.DELETED, ElementType.ISSUE_LINK, link.id(), null);
        });
    }

    /** The card's link to the issue that a finished request created, made again if it was unlinked since. */
    private IssueLink linkedIssue(JourneyMap map, long cardId, String server, String key) {
        Optional<IssueLink> existing = linkOf(cardId, server, key);
        return existing.isPresent() ? existing.get() : link(map, cardId, server, gateway.issue(server, key), null);
    }

    private IssueLink link(JourneyMap map, long cardId, String server, JiraIssue issue, String requestId) {
        cache.put(server, issue);
        IssueLink saved = writer.write(map.id(), () -> {
            elements.card(map.id(), cardId);
            if (requestId != null) {
                store.completeRequest(cardId, requestId, issue.key());
            }
            Optional<IssueLink> existing = linkOf(cardId, server, issue.key());
            if (existing.isPresent()) {
                return new Edit<>(ChangeKind.UPDATED, ElementType.ISSUE_LINK, existing.get().id(), existing.get());
            }
            IssueLink link = new IssueLink(0, cardId, server, issue.key(), null, null, null, null, null)
                    .synced(issue.summary(), issue.status(), issue.category(), clock.now());
            IssueLink inserted = link.withId(store.insertLink(map.id(), link));
            return new Edit<>(ChangeKind.CREATED, ElementType.ISSUE_LINK, inserted.id(), inserted);
        });
        backlinks.linkBack(server, issue.key(), map);
        return saved;
    }

    private Optional<IssueLink> linkOf(long cardId, String server, String key) {
        return store.linksOfCard(cardId).stream()
                .filter(link -> link.serverId().equals(server) && link.issueKey().equalsIgnoreCase(key)).findFirst();
    }

    private void issueCard(long mapId, long cardId) {
        Card card = elements.card(mapId, cardId);
        LaneType laneType = elements.lane(mapId, card.laneId()).type();
        if (!ISSUE_LANES.contains(laneType)) {
            throw new InvalidFieldException("cardId", "only pain points and opportunities link to Jira issues");
        }
    }

    private NewJiraIssue jiraIssue(JourneyMap map, NewIssue command, String requestLabel) {
        List<String> labels = new ArrayList<>(command.labels());
        labels.add(MAP_LABEL);
        labels.add(requestLabel);
        return new NewJiraIssue(command.project(), command.issueType(), command.summary(),
                backlinks.description(command.description(), map), labels.stream().distinct().toList());
    }
}
