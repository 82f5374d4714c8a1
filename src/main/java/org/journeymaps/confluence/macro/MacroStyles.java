package org.journeymaps.confluence.macro;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The map's stylesheets, for exports: PDF, Word and e-mail renderings do not load web resources, so the macro
 * puts the same rules inline there.
 */
final class MacroStyles {

    private static final String CSS = load("css/journey-map.css");
    private static final String PRINT_CSS = load("css/journey-map-print.css");

    private MacroStyles() {
    }

    static String css() {
        return CSS;
    }

    /** The print layout's stylesheet (PDF and Word exports, PDF download). */
    static String printCss() {
        return PRINT_CSS;
    }

    private static String load(String resource) {
        try (InputStream in = MacroStyles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing app resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
