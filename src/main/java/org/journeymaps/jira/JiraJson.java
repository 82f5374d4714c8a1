package org.journeymaps.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeymaps.app.jira.JiraException;
import org.journeymaps.app.jira.JiraGateway.JiraIssue;
import org.journeymaps.domain.jira.JiraError;
import org.journeymaps.domain.jira.JiraErrorCode;
import org.journeymaps.domain.jira.StatusCategory;
import org.journeymaps.jira.JiraTransport.JiraReply;

/** Reads Jira's JSON; anything not shaped as Jira DC answers is a BAD_RESPONSE failure, never a crash. */
final class JiraJson {
    private static final Pattern QUOTED_KEY = Pattern.compile("'([A-Z][A-Z0-9_]*-[0-9]+)'");

    private final ObjectMapper mapper;

    JiraJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    JsonNode parse(String body) {
        try {
            JsonNode node = body == null ? null : mapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw bad("an empty answer");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new JiraException(JiraError.of(JiraErrorCode.BAD_RESPONSE, "Jira's answer is not valid JSON."), e);
        }
    }

    /** The array at {@code field} of the answer ("" for the answer itself). */
    List<JsonNode> array(String body, String field) {
        return array(parse(body), field);
    }

    List<JsonNode> array(JsonNode node, String field) {
        JsonNode array = field.isEmpty() ? node : node.get(field);
        if (array == null || !array.isArray()) {
            throw bad("no list" + (field.isEmpty() ? "" : " of " + field));
        }
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** A createmeta page: Jira DC puts the items in {@code values}, Jira Cloud in {@code cloudField}. */
    List<JsonNode> page(String body, String cloudField) {
        JsonNode node = parse(body);
        return array(node, node.has("values") ? "values" : cloudField);
    }

    String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            throw bad("no " + field);
        }
        return value.asText();
    }

    /** An issue bean with {@code fields.summary} and {@code fields.status} (name and category key). */
    JiraIssue issue(JsonNode issue) {
        JsonNode fields = issue.path("fields");
        JsonNode status = fields.path("status");
        return new JiraIssue(text(issue, "key"), fields.path("summary").asText(null),
                status.path("name").asText(null),
                StatusCategory.fromJiraKey(status.path("statusCategory").path("key").asText(null)));
    }

    /** Jira's {@code errorMessages} and field {@code errors}, joined for a person to read. */
    String errorMessages(JiraReply reply) {
        List<String> messages = new ArrayList<>();
        try {
            JsonNode node = mapper.readTree(reply.body() == null ? "" : reply.body());
            node.path("errorMessages").forEach(message -> messages.add(message.asText()));
            node.path("errors").fields().forEachRemaining(e -> messages.add(e.getKey() + ": " + e.getValue().asText()));
        } catch (JsonProcessingException e) {
            return "HTTP " + reply.status();
        }
        return messages.isEmpty() ? "HTTP " + reply.status() : String.join("; ", messages);
    }

    /** The keys among {@code asked} that Jira's error messages name (e.g. "An issue with key 'X-1' does not exist"). */
    Set<String> keysNamedIn(JiraReply reply, Collection<String> asked) {
        Set<String> named = new LinkedHashSet<>();
        Matcher matcher = QUOTED_KEY.matcher(errorMessages(reply));
        while (matcher.find()) {
            if (asked.contains(matcher.group(1))) {
                named.add(matcher.group(1));
            }
        }
        return named;
    }

    private static JiraException bad(String what) {
        return new JiraException(JiraError.of(JiraErrorCode.BAD_RESPONSE,
                "Jira's answer is not what we expected (" + what + ")."));
    }
}
