package org.journeymaps.devhost.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeymaps.devhost.jira.JiraSandbox.Issue;
import org.journeymaps.devhost.jira.JiraSandbox.IssueType;
import org.journeymaps.devhost.jira.JiraSandbox.Project;

/** The sandbox's answers, in Jira DC REST v2 shapes (the same as the recorded fixtures of the contract tests). */
final class SandboxJson {
    private static final Pattern KEY_IN = Pattern.compile("(?i)key\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern LABEL = Pattern.compile("(?i)labels\\s*=\\s*\"([^\"]+)\"");

    record Reply(int status, String json) {
    }

    private final JiraSandbox sandbox;
    private final ObjectMapper mapper;

    SandboxJson(JiraSandbox sandbox, ObjectMapper mapper) {
        this.sandbox = sandbox;
        this.mapper = mapper;
    }

    static String errors(String message) {
        return new ObjectMapper().createObjectNode().<ObjectNode>set("errorMessages",
                new ObjectMapper().createArrayNode().add(message)).set("errors", new ObjectMapper().createObjectNode())
                .toString();
    }

    Reply serverInfo() {
        ObjectNode info = mapper.createObjectNode().put("baseUrl", JiraSandbox.PATH).put("version", "10.3.0")
                .put("deploymentType", "Server").put("serverTitle", "Jira sandbox");
        return ok(info);
    }

    Reply projects() {
        ArrayNode projects = mapper.createArrayNode();
        JiraSandbox.PROJECTS.forEach(p -> projects.addObject().put("id", p.id()).put("key", p.key()).put("name", p.name()));
        return ok(projects);
    }

    Reply issueTypes(String projectKey) {
        if (sandbox.project(projectKey).isEmpty()) {
            return notFound("No project could be found with key '" + projectKey + "'.");
        }
        ArrayNode values = mapper.createArrayNode();
        JiraSandbox.ISSUE_TYPES.forEach(t -> values.addObject().put("id", t.id()).put("name", t.name())
                .put("subtask", false));
        return ok(page(values));
    }

    Reply fields(String projectKey, String typeId) {
        if (sandbox.project(projectKey).isEmpty() || type(typeId).isEmpty()) {
            return notFound("Issue type or project not found.");
        }
        ArrayNode values = mapper.createArrayNode();
        field(values, "summary", "Summary", true);
        field(values, "issuetype", "Issue Type", true);
        field(values, "project", "Project", true);
        field(values, "description", "Description", false);
        field(values, "labels", "Labels", false);
        return ok(page(values));
    }

    Reply create(JsonNode body) {
        JsonNode fields = body.path("fields");
        Optional<Project> project = sandbox.project(fields.path("project").path("key").asText(""));
        Optional<IssueType> type = type(fields.path("issuetype").path("id").asText(""));
        String summary = fields.path("summary").asText("");
        ObjectNode errors = mapper.createObjectNode();
        if (project.isEmpty()) {
            errors.put("project", "project is required");
        }
        if (type.isEmpty()) {
            errors.put("issuetype", "valid issue type is required");
        }
        if (summary.isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        }
        if (!errors.isEmpty()) {
            return new Reply(400, mapper.createObjectNode().<ObjectNode>set("errorMessages", mapper.createArrayNode())
                    .set("errors", errors).toString());
        }
        List<String> labels = new ArrayList<>();
        fields.path("labels").forEach(label -> labels.add(label.asText()));
        Issue issue = sandbox.create(project.get(), type.get(), summary, fields.path("description").asText(null), labels);
        return new Reply(201, mapper.createObjectNode().put("id", issue.id).put("key", issue.key)
                .put("self", JiraSandbox.PATH + "/rest/api/2/issue/" + issue.id).toString());
    }

    Reply issue(String key) {
        return sandbox.issue(key).map(issue -> ok(issueBean(issue)))
                .orElseGet(() -> notFound("Issue Does Not Exist"));
    }

    /** {@code key in (…)}, or {@code labels = "…"}; strict about unknown keys unless {@code validateQuery} is false. */
    Reply search(JsonNode body) {
        String jql = body.path("jql").asText("");
        boolean validate = body.path("validateQuery").asBoolean(true);
        List<Issue> found = new ArrayList<>();
        Matcher keys = KEY_IN.matcher(jql);
        Matcher label = LABEL.matcher(jql);
        if (keys.find()) {
            for (String key : keys.group(1).split(",")) {
                Optional<Issue> issue = sandbox.issue(key.trim());
                if (issue.isEmpty() && validate) {
                    return new Reply(400, errors("An issue with key '" + key.trim() + "' does not exist for field 'key'."));
                }
                issue.ifPresent(found::add);
            }
        } else if (label.find()) {
            sandbox.issues().stream().filter(issue -> issue.labels.contains(label.group(1))).forEach(found::add);
        } else {
            return new Reply(400, errors("The sandbox understands only 'key in (…)' and 'labels = \"…\"'."));
        }
        int max = body.path("maxResults").asInt(50);
        ArrayNode issues = mapper.createArrayNode();
        found.stream().limit(max).forEach(issue -> issues.add(issueBean(issue)));
        ObjectNode result = mapper.createObjectNode().put("expand", "names,schema").put("startAt", 0)
                .put("maxResults", max).put("total", found.size());
        result.set("issues", issues);
        return ok(result);
    }

    Reply addRemoteLink(String key, JsonNode body) {
        Optional<Issue> issue = sandbox.issue(key);
        if (issue.isEmpty()) {
            return notFound("Issue Does Not Exist");
        }
        if (body.path("object").path("url").asText("").isBlank() || body.path("object").path("title").asText("").isBlank()) {
            return new Reply(400, errors("object.url and object.title are required."));
        }
        JiraSandbox.RemoteLink link = sandbox.addRemoteLink(issue.get(), body.path("globalId").asText(null), body.toString());
        return new Reply(201, mapper.createObjectNode().put("id", link.id())
                .put("self", JiraSandbox.PATH + "/rest/api/2/issue/" + key + "/remotelink/" + link.id()).toString());
    }

    Reply remoteLinks(String key) {
        Optional<Issue> issue = sandbox.issue(key);
        if (issue.isEmpty()) {
            return notFound("Issue Does Not Exist");
        }
        ArrayNode links = mapper.createArrayNode();
        for (JiraSandbox.RemoteLink link : sandbox.remoteLinks(issue.get())) {
            try {
                ObjectNode node = (ObjectNode) mapper.readTree(link.json());
                links.add(node.put("id", link.id()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Stored remote link is not JSON", e);
            }
        }
        return ok(links);
    }

    private ObjectNode issueBean(Issue issue) {
        ObjectNode bean = mapper.createObjectNode().put("expand", "renderedFields,names,schema").put("id", issue.id)
                .put("self", JiraSandbox.PATH + "/rest/api/2/issue/" + issue.id).put("key", issue.key);
        ObjectNode fields = bean.putObject("fields");
        fields.put("summary", issue.summary);
        JiraSandbox.Status status = issue.status;
        ObjectNode statusNode = fields.putObject("status").put("self", JiraSandbox.PATH + "/rest/api/2/status/" + status.id())
                .put("description", "").put("iconUrl", JiraSandbox.PATH + "/images/icons/status.png")
                .put("name", status.name()).put("id", status.id());
        statusNode.putObject("statusCategory").put("self", JiraSandbox.PATH + "/rest/api/2/statuscategory/"
                        + status.categoryId()).put("id", status.categoryId()).put("key", status.categoryKey())
                .put("colorName", status.colorName()).put("name", status.name());
        return bean;
    }

    private ObjectNode page(ArrayNode values) {
        ObjectNode page = mapper.createObjectNode().put("maxResults", 200).put("startAt", 0)
                .put("total", values.size()).put("isLast", true);
        page.set("values", values);
        return page;
    }

    private static void field(ArrayNode values, String id, String name, boolean required) {
        values.addObject().put("required", required).put("name", name).put("fieldId", id).put("key", id)
                .put("hasDefaultValue", false);
    }

    private static Optional<IssueType> type(String id) {
        return JiraSandbox.ISSUE_TYPES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static Reply ok(JsonNode node) {
        return new Reply(200, node.toString());
    }

    private static Reply notFound(String message) {
        return new Reply(404, errors(message));
    }
}
