package org.journeymaps.confluence.branding;

import com.atlassian.confluence.util.HtmlUtil;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.branding.BrandingService;

/**
 * What a map's root element and header carry of its space's branding, escaped for HTML attributes: the
 * {@code --jm-*} custom properties as an inline style and the logo's address; both empty when branding is off,
 * so the map keeps AUI's look.
 */
@Named
public class MapBranding {
    private final BrandingService brandings;

    @Inject
    public MapBranding(BrandingService brandings) {
        this.brandings = brandings;
    }

    public Html of(String spaceKey) {
        return brandings.activeFor(spaceKey)
                .map(active -> new Html(HtmlUtil.htmlEncode(active.palette().inlineStyle()),
                        active.hasLogo() ? HtmlUtil.htmlEncode(brandings.logoUrl(active)) : ""))
                .orElse(new Html("", ""));
    }

    /** {@code styleHtml} for the root's {@code style} attribute; {@code logoUrlHtml} for the logo's {@code src}. */
    public record Html(String styleHtml, String logoUrlHtml) {
    }
}
