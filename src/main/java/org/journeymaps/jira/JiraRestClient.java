package org.journeymaps.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeymaps.app.jira.JiraGateway.JiraField;
import org.journeymaps.app.jira.JiraGateway.JiraIssue;
import org.journeymaps.app.jira.JiraGateway.JiraIssueType;
import org.journeymaps.app.jira.JiraGateway.JiraProject;
import org.journeymaps.app.jira.JiraGateway.NewJiraIssue;
import org.journeymaps.app.jira.JiraGateway.PageLink;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.jira.JiraTransport.JiraReply;
import org.journeymaps.jira.JiraTransport.Method;

/** The Jira DC REST v2 calls the app makes, over any {@link JiraTransport}. */
final class JiraRestClient {
    private static final String API = "/rest/api/2";
    private static final List<String> FIELDS = List.of("summary", "status");

    private final JiraTransport transport;
    private final JiraJson json;

    JiraRestClient(JiraTransport transport, ObjectMapper mapper) {
        this.transport = transport;
        this.json = new JiraJson(mapper);
    }

    List<JiraProject> projects() {
        List<JiraProject> projects = new ArrayList<>();
        for (JsonNode project : json.array(get(API + "/project"), "")) {
            projects.add(new JiraProject(json.text(project, "key"), json.text(project, "name")));
        }
        return projects;
    }

    /** Per-project createmeta (Jira 8.4+; the global createmeta is gone since 9.0). */
    List<JiraIssueType> issueTypes(String projectKey) {
        String base = API + "/issue/createmeta/" + encode(projectKey) + "/issuetypes";
        List<JiraIssueType> types = new ArrayList<>();
        for (JsonNode type : json.page(get(base + "?maxResults=200"), "issueTypes")) {
            String id = json.text(type, "id");
            List<JiraField> required = new ArrayList<>();
            for (JsonNode field : json.page(get(base + "/" + encode(id) + "?maxResults=200"), "fields")) {
                if (field.path("required").asBoolean(false)) {
                    String key = field.hasNonNull("fieldId") ? field.get("fieldId").asText() : json.text(field, "key");
                    required.add(new JiraField(key, json.text(field, "name")));
                }
            }
            types.add(new JiraIssueType(id, json.text(type, "name"), required));
        }
        return types;
    }

    /** Creates the issue, then reads it back for its status. Jira's field errors are the caller's bad input. */
    JiraIssue create(NewJiraIssue issue) {
        ObjectNode fields = json.object();
        fields.putObject("project").put("key", issue.projectKey());
        fields.putObject("issuetype").put("id", issue.issueTypeId());
        fields.put("summary", issue.summary());
        fields.put("description", issue.description());
        ArrayNode labels = fields.putArray("labels");
        issue.labels().forEach(labels::add);
        ObjectNode body = json.object();
        body.set("fields", fields);
        JiraReply reply = transport.send(Method.POST, API + "/issue", body.toString());
        if (reply.status() == 400) {
            throw new InvalidFieldException("create", "Jira refused the issue: " + json.errorMessages(reply));
        }
        return issue(json.text(json.parse(JiraReplies.checked(reply)), "key"));
    }

    JiraIssue issue(String key) {
        return json.issue(json.parse(get(API + "/issue/" + encode(key) + "?fields=" + String.join(",", FIELDS))));
    }

    /**
     * One search for all keys. Jira may still reject the query for a key that was deleted or moved (strict JQL
     * validation names it); such keys are dropped and the search repeated, so one stale key never hides the rest.
     */
    Map<String, JiraIssue> issues(Collection<String> keys) {
        Set<String> asked = new LinkedHashSet<>(keys);
        while (!asked.isEmpty()) {
            JiraReply reply = search("key in (" + String.join(",", asked) + ")", asked.size());
            if (reply.status() == 400) {
                Set<String> stale = json.keysNamedIn(reply, asked);
                if (stale.isEmpty()) {
                    JiraReplies.checked(reply);
                }
                asked.removeAll(stale);
                continue;
            }
            Map<String, JiraIssue> found = new LinkedHashMap<>();
            for (JsonNode issue : json.array(json.parse(JiraReplies.checked(reply)), "issues")) {
                JiraIssue read = json.issue(issue);
                found.put(read.key(), read);
            }
            return found;
        }
        return Map.of();
    }

    Optional<JiraIssue> issueLabelled(String label) {
        JiraReply reply = search("labels = \"" + label.replace("\"", "") + "\"", 1);
        List<JsonNode> issues = json.array(json.parse(JiraReplies.checked(reply)), "issues");
        return issues.isEmpty() ? Optional.empty() : Optional.of(json.issue(issues.get(0)));
    }

    /** A remote link exactly as Confluence makes them, so Jira shows the page like any Confluence page link. */
    void linkToPage(String key, PageLink page) {
        ObjectNode body = json.object();
        body.put("globalId", page.globalId());
        body.putObject("application").put("type", "com.atlassian.confluence").put("name", page.applicationName());
        body.put("relationship", "mentioned in");
        body.putObject("object").put("url", page.url()).put("title", page.title());
        JiraReplies.checked(transport.send(Method.POST, API + "/issue/" + encode(key) + "/remotelink", body.toString()));
    }

    private JiraReply search(String jql, int maxResults) {
        ObjectNode body = json.object();
        body.put("jql", jql);
        ArrayNode fields = body.putArray("fields");
        FIELDS.forEach(fields::add);
        body.put("maxResults", maxResults);
        body.put("validateQuery", false);
        return transport.send(Method.POST, API + "/search", body.toString());
    }

    private String get(String path) {
        return JiraReplies.checked(transport.send(Method.GET, path, null));
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
