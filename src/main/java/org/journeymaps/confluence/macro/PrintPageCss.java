package org.journeymaps.confluence.macro;

/**
 * The paged-media rules of the print layout: A4 in the chosen orientation and the translated "Page n of N" in
 * the bottom-right margin box (CSS 2.1 paged media and page counters, which Flying Saucer-family renderers
 * support; Word ignores them).
 */
final class PrintPageCss {

    /** Stand-ins for the page counters while the translation is formatted. */
    private static final String PAGE = "\uE000";
    private static final String PAGES = "\uE001";

    private PrintPageCss() {
    }

    static String css(Texts texts, boolean landscape) {
        String pattern = texts.raw("journeymaps.print.page", PAGE, PAGES);
        String content = ("\"" + cssString(pattern) + "\"")
                .replace(PAGE, "\" counter(page) \"").replace(PAGES, "\" counter(pages) \"");
        return "@page { size: A4 " + (landscape ? "landscape" : "portrait") + "; margin: 9mm 8mm 10mm 8mm;"
                + " @bottom-right { content: " + content + "; font-family: \"Liberation Sans\", Arial, sans-serif;"
                + " font-size: 8pt; font-weight: bold; color: #172B4D; } }";
    }

    /** Escapes text for a CSS string inside a style element: quotes, backslashes, line ends and tag openings. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '\n' || c == '\r') {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
