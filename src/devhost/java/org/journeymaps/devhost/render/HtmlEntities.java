package org.journeymaps.devhost.render;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storage format is XHTML that may use HTML's named entities, which an XML parser does not know. The
 * common ones become numeric references; an unknown one is an error rather than a silent loss.
 */
final class HtmlEntities {

    private static final Pattern NAMED = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Set<String> XML = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Map<String, Integer> CODE_POINTS = Map.ofEntries(
            Map.entry("nbsp", 160), Map.entry("copy", 169), Map.entry("laquo", 171), Map.entry("reg", 174),
            Map.entry("middot", 183), Map.entry("raquo", 187), Map.entry("times", 215), Map.entry("Eacute", 201),
            Map.entry("agrave", 224), Map.entry("acirc", 226), Map.entry("ccedil", 231), Map.entry("egrave", 232),
            Map.entry("eacute", 233), Map.entry("ecirc", 234), Map.entry("euml", 235), Map.entry("icirc", 238),
            Map.entry("iuml", 239), Map.entry("ocirc", 244), Map.entry("ugrave", 249), Map.entry("ucirc", 251),
            Map.entry("ndash", 8211), Map.entry("mdash", 8212), Map.entry("lsquo", 8216), Map.entry("rsquo", 8217),
            Map.entry("ldquo", 8220), Map.entry("rdquo", 8221), Map.entry("bull", 8226), Map.entry("hellip", 8230),
            Map.entry("euro", 8364), Map.entry("trade", 8482), Map.entry("larr", 8592), Map.entry("rarr", 8594));

    private HtmlEntities() {
    }

    static String toNumeric(String xhtml) {
        Matcher matcher = NAMED.matcher(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (XML.contains(name)) {
                replacement = matcher.group();
            } else if (CODE_POINTS.containsKey(name)) {
                replacement = "&#" + CODE_POINTS.get(name) + ";";
            } else {
                throw new IllegalArgumentException("Storage format uses entity &" + name
                        + "; which devhost does not know; write it as a character or a numeric reference");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
