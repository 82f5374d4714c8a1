package org.journeymaps.domain.branding;

/**
 * A space's branding: whether its maps use it, its palette, whether it has a logo and the version of the
 * branding (it changes on every save, so the logo's address can change with it and be cached for long).
 */
public record SpaceBranding(String spaceKey, boolean enabled, Palette palette, boolean hasLogo, long version) {

    /** What a space without saved branding has: AUI's look, off, no logo. */
    public static SpaceBranding none(String spaceKey) {
        return new SpaceBranding(spaceKey, false, Palette.DEFAULT, false, 0);
    }
}
