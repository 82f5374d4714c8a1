package org.journeymaps.rest.branding;

import org.journeymaps.rest.kernel.RequestBodies;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.journeymaps.app.branding.BrandingService;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.branding.Logo;
import org.journeymaps.domain.branding.SpaceBranding;
import org.journeymaps.rest.branding.BrandingDto;
import org.journeymaps.rest.branding.BrandingRequest;

/** A space's branding (logo and palette) for its maps: read by the space's readers, changed by its admins. */
@Path("spaces/{spaceKey}/branding")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class BrandingResource {
    /** A logo's address names the branding's version, so a browser may keep it a day without asking again. */
    private static final int LOGO_MAX_AGE_SECONDS = 24 * 60 * 60;

    private final BrandingService brandings;

    @Inject
    public BrandingResource(BrandingService brandings) {
        this.brandings = brandings;
    }

    @GET
    public BrandingDto get(@PathParam("spaceKey") String spaceKey) {
        return dto(brandings.branding(spaceKey));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public BrandingDto update(@PathParam("spaceKey") String spaceKey, BrandingRequest body) {
        BrandingRequest request = RequestBodies.required(body);
        if (request.enabled() == null) {
            throw new InvalidFieldException("enabled", "must be true or false");
        }
        return dto(brandings.save(spaceKey, request.enabled(), request.palette()));
    }

    @GET
    @Path("logo")
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    public Response logo(@PathParam("spaceKey") String spaceKey) {
        Logo logo = brandings.logo(spaceKey);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(LOGO_MAX_AGE_SECONDS);
        return Response.ok(logo.bytes(), logo.mediaType()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The body is the image itself; its type is read from its first bytes, whatever Content-Type says. */
    @PUT
    @Path("logo")
    @Consumes(MediaType.WILDCARD)
    public BrandingDto putLogo(@PathParam("spaceKey") String spaceKey, byte[] image) {
        return dto(brandings.saveLogo(spaceKey, image));
    }

    @DELETE
    @Path("logo")
    public BrandingDto deleteLogo(@PathParam("spaceKey") String spaceKey) {
        return dto(brandings.deleteLogo(spaceKey));
    }

    private BrandingDto dto(SpaceBranding branding) {
        return BrandingDto.of(branding, brandings.logoUrl(branding));
    }
}
