package org.journeymaps.app.jira;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.Require;

/**
 * A request to create a Jira issue for a card. {@code requestId} is the client's id of this attempt: a retry with
 * the same id never creates a second issue. Field names in errors are those of the request body.
 */
public record NewIssue(String server, String project, String issueType, String summary, String description,
                       List<String> labels, String requestId) {

    /** Jira's limit on a summary. */
    public static final int SUMMARY_LENGTH = 255;
    public static final int DESCRIPTION_LENGTH = 30_000;
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    // Jira labels cannot contain spaces.
    private static final Pattern LABEL = Pattern.compile("\\S{1,255}");

    public NewIssue {
        server = required("create.server", server);
        project = required("create.project", project).toUpperCase(Locale.ROOT);
        issueType = required("create.issueType", issueType);
        summary = required("create.summary", summary);
        if (summary.length() > SUMMARY_LENGTH) {
            throw new InvalidFieldException("create.summary", "must be at most " + SUMMARY_LENGTH + " characters");
        }
        if (description != null && description.length() > DESCRIPTION_LENGTH) {
            throw new InvalidFieldException("create.description",
                    "must be at most " + DESCRIPTION_LENGTH + " characters");
        }
        labels = labels == null ? List.of() : List.copyOf(labels);
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) == null || !LABEL.matcher(labels.get(i)).matches()) {
                throw new InvalidFieldException("create.labels[" + i + "]", "must be a word without spaces");
            }
        }
        requestId = Require.present("requestId", requestId);
        if (!REQUEST_ID.matcher(requestId).matches()) {
            throw new InvalidFieldException("requestId", "must be 8 to 64 letters, digits or dashes (e.g. a UUID)");
        }
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return value.trim();
    }
}
