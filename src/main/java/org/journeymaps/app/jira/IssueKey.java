package org.journeymaps.app.jira;

import java.util.Locale;
import java.util.regex.Pattern;
import org.journeymaps.domain.kernel.InvalidFieldException;

/** Jira issue keys as users type them: trimmed, upper-cased, and checked to look like {@code PROJ-123}. */
final class IssueKey {
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    private IssueKey() {
    }

    static String parse(String field, String key) {
        String normalized = NewIssue.required(field, key).toUpperCase(Locale.ROOT);
        if (!KEY.matcher(normalized).matches()) {
            throw new InvalidFieldException(field, "must be an issue key like CX-123");
        }
        return normalized;
    }
}
