package org.journeymaps.confluence.map;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the {@code mapId} parameter of the journey-map macros in a page body (storage format). */
final class MacroMapIds {
    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro\\b[^>]*\\bac:name=\"journey-map\"[^>]*>.*?</ac:structured-macro>", Pattern.DOTALL);
    private static final Pattern MAP_ID = Pattern.compile(
            "(<ac:parameter\\s+ac:name=\"mapId\"\\s*>)\\s*(\\d+)\\s*(</ac:parameter>)");

    private MacroMapIds() {
    }

    /** {@code body} with each journey-map macro naming a key of {@code newIds} pointed at its value instead. */
    static String rewrite(String body, Map<Long, Long> newIds) {
        return MACRO.matcher(body).replaceAll(macro -> Matcher.quoteReplacement(rewriteMacro(macro.group(), newIds)));
    }

    private static String rewriteMacro(String macro, Map<Long, Long> newIds) {
        return MAP_ID.matcher(macro).replaceAll(parameter -> {
            Long replacement = parseId(parameter.group(2)) == null ? null : newIds.get(parseId(parameter.group(2)));
            String id = replacement == null ? parameter.group(2) : String.valueOf(replacement);
            return Matcher.quoteReplacement(parameter.group(1) + id + parameter.group(3));
        });
    }

    private static Long parseId(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }
}
