package org.journeymaps.rest.jira;

import java.util.List;
import org.journeymaps.app.jira.JiraGateway.JiraIssueType;
import org.journeymaps.app.jira.JiraGateway.JiraProject;
import org.journeymaps.app.jira.JiraGateway.JiraServer;

/** The Jira pickers' data: servers, projects, issue types with their required fields. */
public final class JiraServerDto {
    private JiraServerDto() {
    }

    public record Server(String id, String name, String url, boolean primary) {
        public static Server of(JiraServer server) {
            return new Server(server.id(), server.name(), server.url(), server.primary());
        }
    }

    public record Project(String key, String name) {
        public static Project of(JiraProject project) {
            return new Project(project.key(), project.name());
        }
    }

    public record IssueType(String id, String name, List<Field> requiredFields) {
        public static IssueType of(JiraIssueType type) {
            return new IssueType(type.id(), type.name(),
                    type.requiredFields().stream().map(field -> new Field(field.key(), field.name())).toList());
        }
    }

    public record Field(String key, String name) {
    }
}
