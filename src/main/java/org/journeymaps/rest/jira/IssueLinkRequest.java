package org.journeymaps.rest.jira;

import java.util.List;
import org.journeymaps.app.jira.NewIssue;
import org.journeymaps.domain.kernel.InvalidFieldException;

/** {@code {"create": {…}, "requestId"}} to create a Jira issue for the card, or {@code {"link": {server, key}}}. */
public record IssueLinkRequest(Create create, Link link, String requestId) {

    public record Create(String server, String project, String issueType, String summary, String description,
                         List<String> labels) {
    }

    public record Link(String server, String key) {
    }

    /** Exactly one of {@code create} and {@code link}. */
    public boolean isCreate() {
        if ((create == null) == (link == null)) {
            throw new InvalidFieldException("create", "send either create or link");
        }
        return create != null;
    }

    public NewIssue toNewIssue() {
        return new NewIssue(create.server(), create.project(), create.issueType(), create.summary(),
                create.description(), create.labels(), requestId);
    }
}
