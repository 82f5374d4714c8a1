package org.journeymaps.domain.jira;

import java.util.Locale;

/** Jira's status categories, which colour an issue's lozenge the way Jira does (blue-grey, blue, green). */
public enum StatusCategory {
    NEW, INDETERMINATE, DONE;

    /**
     * The category of Jira's {@code statusCategory.key} ("new", "indeterminate", "done"); null for Jira's
     * "undefined" or anything else. Jira localises the category's name, never its key.
     */
    public static StatusCategory fromJiraKey(String key) {
        if (key == null) {
            return null;
        }
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "new" -> NEW;
            case "indeterminate" -> INDETERMINATE;
            case "done" -> DONE;
            default -> null;
        };
    }
}
