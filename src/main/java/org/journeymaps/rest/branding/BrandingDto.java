package org.journeymaps.rest.branding;

import java.util.List;
import org.journeymaps.domain.branding.HexColour;
import org.journeymaps.domain.branding.Palette;
import org.journeymaps.domain.branding.SpaceBranding;

/**
 * A space's branding as the API shows it: colours with the readable text colour the server chose for each
 * (white or dark text, WCAG 4.5:1) and the
 * logo's address (null without one).
 */
public record BrandingDto(String spaceKey, boolean enabled, String brand, String brandText, List<String> phaseColours,
                          List<String> phaseTextColours, String logoUrl, long version) {

    public static BrandingDto of(SpaceBranding branding, String logoUrl) {
        Palette palette = branding.palette();
        return new BrandingDto(branding.spaceKey(), branding.enabled(), palette.brand().hex(),
                palette.brand().readableText().hex(), palette.phases().stream().map(HexColour::hex).toList(),
                palette.phases().stream().map(c -> c.readableText().hex()).toList(), logoUrl, branding.version());
    }
}
