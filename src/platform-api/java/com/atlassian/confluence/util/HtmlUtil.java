package com.atlassian.confluence.util;

/** Contract of Confluence's HTML/URL helper: only {@code htmlEncode(String)}, which the app calls. */
public final class HtmlUtil {

    private HtmlUtil() {
    }

    /** Encodes the text to be HTML safe using entity escapes; null stays null, as in Confluence. */
    public static String htmlEncode(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
