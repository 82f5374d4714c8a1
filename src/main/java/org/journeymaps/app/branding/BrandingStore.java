package org.journeymaps.app.branding;

import java.util.Optional;
import org.journeymaps.domain.branding.Logo;
import org.journeymaps.domain.branding.Palette;
import org.journeymaps.domain.branding.SpaceBranding;

/** Where spaces' branding is kept. Every write raises the branding's version. */
public interface BrandingStore {

    /** The space's saved branding; empty when it was never saved. */
    Optional<SpaceBranding> find(String spaceKey);

    SpaceBranding savePalette(String spaceKey, boolean enabled, Palette palette);

    /** Replaces the logo, or removes it when {@code logo} is null. */
    SpaceBranding saveLogo(String spaceKey, Logo logo);

    Optional<Logo> logo(String spaceKey);
}
