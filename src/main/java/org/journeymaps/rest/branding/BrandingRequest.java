package org.journeymaps.rest.branding;

import java.util.List;
import org.journeymaps.domain.branding.Palette;

/** Body of {@code PUT /spaces/{key}/branding}: whether maps use it, the brand colour and three band colours. */
public record BrandingRequest(Boolean enabled, String brand, List<String> phaseColours) {

    public Palette palette() {
        return Palette.parse(brand, phaseColours);
    }
}
