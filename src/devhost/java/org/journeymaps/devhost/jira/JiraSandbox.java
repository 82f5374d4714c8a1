package org.journeymaps.devhost.jira;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory Jira for devhost: projects CX and IT, statuses To Do / In Progress / Done, issues, remote links, a
 * fault switch and a count of the REST requests answered. Every start begins with the same {@link #SEEDED} issues,
 * so demo data linked to them stays valid across restarts.
 */
public final class JiraSandbox {
    public static final String TOKEN = "sandbox-token";
    public static final String PATH = "/jira-sandbox";

    /** What the sandbox does to the next REST requests, for demos and tests. */
    public enum Fault { NONE, DOWN, SLOW, UNAUTHORIZED, FORBIDDEN, RATE_LIMITED, SERVER_ERROR, MALFORMED }

    public record Project(String id, String key, String name) {
    }

    public record IssueType(String id, String name) {
    }

    public record Status(String id, String name, int categoryId, String categoryKey, String colorName) {
    }

    public record RemoteLink(long id, String globalId, String json) {
    }

    /** An issue; mutable state guarded by the sandbox's lock. */
    public static final class Issue {
        final String id;
        final String key;
        final Project project;
        final IssueType type;
        final String summary;
        final String description;
        final List<String> labels;
        Status status;
        final List<RemoteLink> remoteLinks = new ArrayList<>();

        Issue(String id, String key, Project project, IssueType type, String summary, String description,
              List<String> labels, Status status) {
            this.id = id;
            this.key = key;
            this.project = project;
            this.type = type;
            this.summary = summary;
            this.description = description;
            this.labels = List.copyOf(labels);
            this.status = status;
        }

        public String key() {
            return key;
        }

        public String summary() {
            return summary;
        }

        public Status status() {
            return status;
        }
    }

    public static final List<Project> PROJECTS = List.of(new Project("10000", "CX", "Customer Experience"),
            new Project("10001", "IT", "IT Operations"));
    public static final List<IssueType> ISSUE_TYPES = List.of(new IssueType("10001", "Task"),
            new IssueType("10002", "Improvement"));
    public static final Status TO_DO = new Status("10000", "To Do", 2, "new", "blue-gray");
    public static final Status IN_PROGRESS = new Status("3", "In Progress", 4, "indeterminate", "yellow");
    public static final Status DONE = new Status("10001", "Done", 3, "done", "green");
    public static final List<Status> STATUSES = List.of(TO_DO, IN_PROGRESS, DONE);

    /** The issues every sandbox starts with: summary and status by key. */
    public static final Map<String, Status> SEEDED = seeded();

    private final Map<String, Issue> issues = new LinkedHashMap<>();
    private final Map<String, Integer> nextNumber = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Fault fault = Fault.NONE;
    private long nextRemoteLinkId = 10_000;
    private int nextIssueId = 20_000;

    public JiraSandbox() {
        PROJECTS.forEach(project -> nextNumber.put(project.key(), 1));
        SEEDED.forEach((key, status) -> {
            Issue issue = create(project(key.substring(0, key.indexOf('-'))).orElseThrow(), ISSUE_TYPES.get(0),
                    seededSummary(key), null, List.of("journey-map"));
            issue.status = status;
        });
    }

    /** The summary of a {@link #SEEDED} issue. */
    public static String seededSummary(String key) {
        return "Fix " + key.toLowerCase(Locale.ROOT) + " from the journey map";
    }

    public synchronized Issue create(Project project, IssueType type, String summary, String description,
                                     List<String> labels) {
        int number = nextNumber.merge(project.key(), 1, Integer::sum) - 1;
        Issue issue = new Issue(String.valueOf(nextIssueId++), project.key() + "-" + number, project, type, summary,
                description, labels, TO_DO);
        issues.put(issue.key, issue);
        return issue;
    }

    public synchronized Optional<Issue> issue(String key) {
        return Optional.ofNullable(issues.get(key.toUpperCase(Locale.ROOT)));
    }

    public synchronized List<Issue> issues() {
        return List.copyOf(issues.values());
    }

    /** Moves the issue to the status of that name (case-insensitive); false if there is no such issue or status. */
    public synchronized boolean transition(String key, String statusName) {
        Optional<Status> status = STATUSES.stream().filter(s -> s.name().equalsIgnoreCase(statusName)).findFirst();
        Optional<Issue> issue = issue(key);
        if (status.isEmpty() || issue.isEmpty()) {
            return false;
        }
        issue.get().status = status.get();
        return true;
    }

    /** Adds the remote link, or replaces the one with the same global id (as Jira does). */
    public synchronized RemoteLink addRemoteLink(Issue issue, String globalId, String json) {
        issue.remoteLinks.removeIf(link -> globalId != null && globalId.equals(link.globalId()));
        RemoteLink link = new RemoteLink(nextRemoteLinkId++, globalId, json);
        issue.remoteLinks.add(link);
        return link;
    }

    public synchronized List<RemoteLink> remoteLinks(Issue issue) {
        return List.copyOf(issue.remoteLinks);
    }

    public Optional<Project> project(String keyOrId) {
        return PROJECTS.stream().filter(p -> p.key().equalsIgnoreCase(keyOrId) || p.id().equals(keyOrId)).findFirst();
    }

    public Fault fault() {
        return fault;
    }

    public void setFault(Fault newFault) {
        fault = newFault;
    }

    /** REST requests answered (or refused by a fault) since start or the last {@link #resetRequestCount()}. */
    public int requestCount() {
        return requests.get();
    }

    public void resetRequestCount() {
        requests.set(0);
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    private static Map<String, Status> seeded() {
        Map<String, Status> seeded = new LinkedHashMap<>();
        seeded.put("CX-1", DONE);
        seeded.put("CX-2", IN_PROGRESS);
        seeded.put("CX-3", TO_DO);
        seeded.put("CX-4", DONE);
        seeded.put("CX-5", TO_DO);
        seeded.put("IT-1", IN_PROGRESS);
        return Collections.unmodifiableMap(seeded);
    }
}
