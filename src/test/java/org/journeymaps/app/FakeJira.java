package org.journeymaps.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeymaps.app.jira.ConfluenceSite;
import org.journeymaps.app.jira.IssueLinkStore;
import org.journeymaps.app.jira.IssueStatusCache;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.app.jira.JiraGateway;
import org.journeymaps.domain.jira.IssueLink;
import org.journeymaps.domain.jira.JiraError;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.domain.jira.StatusCategory;

/** One Jira server "j" in memory, counting searches and creations, plus in-memory store, cache and site. */
public final class FakeJira implements JiraGateway, IssueLinkStore, IssueStatusCache, ConfluenceSite {
    public final Map<String, JiraIssue> issues = new LinkedHashMap<>();
    public final Map<String, List<String>> labels = new HashMap<>();
    final Map<String, JiraIssue> cache = new HashMap<>();
    public final List<PageLink> pageLinks = new ArrayList<>();
    private final Map<Long, IssueLink> links = new LinkedHashMap<>();
    private final Map<Long, Long> mapOfLink = new HashMap<>();
    private final Map<String, IssueRequest> requests = new HashMap<>();
    public int searches;
    public int creations;
    /** The next creation succeeds in Jira, but its answer is lost (a timeout). */
    public boolean loseNextAnswer;
    private long nextId = 1;

    public void add(String key, String status, StatusCategory category) {
        issues.put(key, new JiraIssue(key, "About " + key, status, category));
    }

    @Override
    public List<JiraServer> servers() {
        return List.of(new JiraServer("j", "Jira", "https://jira.test", true));
    }

    @Override
    public List<JiraProject> projects(String serverId) {
        return List.of(new JiraProject("CX", "Customer experience"));
    }

    @Override
    public List<JiraIssueType> issueTypes(String serverId, String projectKey) {
        return List.of(new JiraIssueType("1", "Task", List.of(new JiraField("summary", "Summary"))));
    }

    @Override
    public JiraIssue create(String serverId, NewJiraIssue issue) {
        creations++;
        String key = issue.projectKey() + "-" + (issues.size() + 1);
        issues.put(key, new JiraIssue(key, issue.summary(), "To Do", StatusCategory.NEW));
        labels.put(key, issue.labels());
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw new JiraException(JiraError.of(JiraErrorCode.TIMEOUT, "lost"));
        }
        return issues.get(key);
    }

    @Override
    public JiraIssue issue(String serverId, String key) {
        return Optional.ofNullable(issues.get(key))
                .orElseThrow(() -> new JiraException(JiraError.of(JiraErrorCode.NOT_FOUND, key)));
    }

    @Override
    public Map<String, JiraIssue> issues(String serverId, Collection<String> keys) {
        searches++;
        if (keys.size() > MAX_KEYS_PER_SEARCH) {
            throw new IllegalArgumentException("too many keys: " + keys.size());
        }
        Map<String, JiraIssue> found = new HashMap<>();
        keys.stream().filter(issues::containsKey).forEach(key -> found.put(key, issues.get(key)));
        return found;
    }

    @Override
    public Optional<JiraIssue> issueLabelled(String serverId, String label) {
        return labels.entrySet().stream().filter(e -> e.getValue().contains(label)).map(e -> issues.get(e.getKey()))
                .findFirst();
    }

    @Override
    public void linkToPage(String serverId, String key, PageLink page) {
        pageLinks.add(page);
    }

    @Override
    public List<IssueLink> linksOfMap(long mapId) {
        return links.values().stream().filter(link -> mapOfLink.get(link.id()) == mapId).toList();
    }

    @Override
    public List<IssueLink> linksOfCard(long cardId) {
        return links.values().stream().filter(link -> link.cardId() == cardId).toList();
    }

    @Override
    public long insertLink(long mapId, IssueLink link) {
        long id = nextId++;
        links.put(id, link.withId(id));
        mapOfLink.put(id, mapId);
        return id;
    }

    @Override
    public void deleteLink(long linkId) {
        links.remove(linkId);
    }

    @Override
    public void updateSync(Collection<IssueLink> changed) {
        changed.forEach(link -> links.put(link.id(), link));
    }

    @Override
    public Optional<IssueRequest> findRequest(long cardId, String requestId) {
        return Optional.ofNullable(requests.get(cardId + requestId));
    }

    @Override
    public void insertRequest(IssueRequest request) {
        requests.put(request.cardId() + request.requestId(), request);
    }

    @Override
    public void completeRequest(long cardId, String requestId, String issueKey) {
        IssueRequest request = requests.get(cardId + requestId);
        requests.put(cardId + requestId, new IssueRequest(request.mapId(), cardId, requestId, request.serverId(),
                issueKey));
    }

    @Override
    public Optional<JiraIssue> get(String serverId, String key) {
        return Optional.ofNullable(cache.get(key));
    }

    @Override
    public void put(String serverId, JiraIssue issue) {
        cache.put(issue.key(), issue);
    }

    @Override
    public String name() {
        return "Confluence";
    }

    @Override
    public String applicationId() {
        return "app-1";
    }

    @Override
    public String pageUrl(long pageId) {
        return siteUrl("/pages/viewpage.action?pageId=" + pageId);
    }

    @Override
    public String siteUrl(String path) {
        return "https://wiki.test" + path;
    }
}
