package org.journeymaps.devhost.ao;

import java.util.Set;

/**
 * Quotes the known column names in an app-written WHERE or ORDER BY clause, as AO's {@code processWhereClause}
 * does, so {@code "MAP_ID = ? AND POSITION >= ?"} means the same on H2 and on PostgreSQL (where unquoted names
 * fold to lower case). String literals and already quoted identifiers are left alone; names must be upper case,
 * as AO requires.
 */
final class ClauseQuoter {

    private ClauseQuoter() {
    }

    /** @param qualifier table alias put before each quoted column ("t"), or null */
    static String quoteColumns(String clause, Set<String> columns, String qualifier) {
        StringBuilder out = new StringBuilder(clause.length() + 16);
        int i = 0;
        while (i < clause.length()) {
            char c = clause.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfQuoted(clause, i, c);
                out.append(clause, i, end);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < clause.length() && isIdentifierPart(clause.charAt(end))) {
                    end++;
                }
                String word = clause.substring(i, end);
                boolean alreadyQualified = i > 0 && clause.charAt(i - 1) == '.';
                if (columns.contains(word)) {
                    boolean addQualifier = qualifier != null && !alreadyQualified;
                    out.append(addQualifier ? qualifier + "." : "").append(AoNames.quote(word));
                } else {
                    out.append(word);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Index just after the closing quote; a doubled quote is an escaped one. */
    private static int endOfQuoted(String clause, int start, char quote) {
        int i = start + 1;
        while (i < clause.length()) {
            if (clause.charAt(i) == quote) {
                if (i + 1 < clause.length() && clause.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return clause.length();
    }
}
