package org.journeymaps.app.branding;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.journeymaps.app.branding.BrandingStore;
import org.journeymaps.app.jira.ConfluenceSite;
import org.journeymaps.domain.branding.Logo;
import org.journeymaps.domain.branding.Palette;
import org.journeymaps.domain.branding.SpaceBranding;

/**
 * A space's branding: anyone who may view the space reads it; only its administrators change it. Maps use it
 * only while it is enabled.
 */
@Named
public class BrandingService {
    private static final String ELEMENT = "space";

    private final BrandingStore store;
    private final AccessGuard guard;
    private final ConfluenceSite site;

    @Inject
    public BrandingService(BrandingStore store, AccessGuard guard, ConfluenceSite site) {
        this.store = store;
        this.guard = guard;
        this.site = site;
    }

    public SpaceBranding branding(String spaceKey) {
        guard.requireSpaceView(spaceKey, ELEMENT, spaceKey);
        return stored(spaceKey);
    }

    /** Passes if the caller administers the space: its branding page is theirs. */
    public void requireAdmin(String spaceKey) {
        guard.requireSpaceAdmin(spaceKey, ELEMENT);
    }

    public SpaceBranding save(String spaceKey, boolean enabled, Palette palette) {
        guard.requireSpaceAdmin(spaceKey, ELEMENT);
        return store.savePalette(spaceKey, enabled, palette);
    }

    public SpaceBranding saveLogo(String spaceKey, byte[] image) {
        guard.requireSpaceAdmin(spaceKey, ELEMENT);
        return store.saveLogo(spaceKey, Logo.of(image));
    }

    public SpaceBranding deleteLogo(String spaceKey) {
        guard.requireSpaceAdmin(spaceKey, ELEMENT);
        return store.saveLogo(spaceKey, null);
    }

    public Logo logo(String spaceKey) {
        guard.requireSpaceView(spaceKey, ELEMENT, spaceKey);
        return store.logo(spaceKey).orElseThrow(() -> new NotFoundException("logo of space", spaceKey));
    }

    /**
     * The branding that styles the maps of {@code spaceKey}, when it is enabled. No permission check: callers
     * render a map the reader was already allowed to see, which lives in that space.
     */
    public Optional<SpaceBranding> activeFor(String spaceKey) {
        return store.find(spaceKey).filter(SpaceBranding::enabled);
    }

    /**
     * The logo's address, null without a logo. It names the branding's version, so a browser may keep the image
     * for long: a new logo gets a new address.
     */
    public String logoUrl(SpaceBranding branding) {
        if (!branding.hasLogo()) {
            return null;
        }
        return site.siteUrl("/rest/journeymaps/1.0/spaces/" + URLEncoder.encode(branding.spaceKey(), StandardCharsets.UTF_8)
                + "/branding/logo?v=" + branding.version());
    }

    private SpaceBranding stored(String spaceKey) {
        return store.find(spaceKey).orElseGet(() -> SpaceBranding.none(spaceKey));
    }
}
