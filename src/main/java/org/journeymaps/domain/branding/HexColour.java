package org.journeymaps.domain.branding;

import java.util.Locale;
import java.util.regex.Pattern;
import org.journeymaps.domain.kernel.InvalidFieldException;

/** A colour written {@code #RRGGBB} (upper case once parsed), with the WCAG arithmetic to pick a readable text colour. */
public record HexColour(String hex) {

    /** First, as the constants below are checked against it. */
    private static final Pattern FORMAT = Pattern.compile("#[0-9A-F]{6}");

    public static final HexColour WHITE = new HexColour("#FFFFFF");
    /** AUI's text colour (N800), used on colours too light for white text. */
    public static final HexColour DARK_TEXT = new HexColour("#172B4D");
    /** WCAG 2 AA for normal text. */
    public static final double READABLE_CONTRAST = 4.5;

    public HexColour {
        if (hex == null || !FORMAT.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
    }

    /** The colour {@code raw} names; anything but {@code #RRGGBB} (either case) is an error naming {@code field}. */
    public static HexColour parse(String field, String raw) {
        String upper = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(upper).matches()) {
            throw new InvalidFieldException(field, "must be a colour written #RRGGBB");
        }
        return new HexColour(upper);
    }

    /** WCAG 2 contrast ratio, 1 to 21. */
    public double contrastWith(HexColour other) {
        double lighter = Math.max(luminance(), other.luminance());
        double darker = Math.min(luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }

    /**
     * White or the dark text, whichever contrasts more with this colour. Either reaches 4.5:1 on most colours; on
     * mid tones neither may, which the admin page warns about (see {@link #takesWhiteText()}) without refusing.
     */
    public HexColour readableText() {
        return contrastWith(WHITE) >= contrastWith(DARK_TEXT) ? WHITE : DARK_TEXT;
    }

    /** White text reads on this colour at WCAG AA (4.5:1). */
    public boolean takesWhiteText() {
        return contrastWith(WHITE) >= READABLE_CONTRAST;
    }

    /** WCAG 2 relative luminance. */
    double luminance() {
        return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    }

    private double channel(int start) {
        double c = Integer.parseInt(hex.substring(start, start + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return hex;
    }
}
