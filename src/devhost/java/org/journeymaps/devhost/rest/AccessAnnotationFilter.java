package org.journeymaps.devhost.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.journeymaps.devhost.security.ErrorJson;

/**
 * Enforces the REST access annotations for the matched resource method. Methods of sub-resources
 * (which start-up validation cannot see) without an annotation get {@link AccessRule#LICENSED}, the
 * secure default.
 */
@Priority(Priorities.AUTHORIZATION)
public final class AccessAnnotationFilter implements ContainerRequestFilter {

    static final String UNAUTHENTICATED = "Client must be authenticated to access this resource.";

    private final boolean anonymousAccess;

    @Context
    private ResourceInfo resourceInfo;

    public AccessAnnotationFilter(boolean anonymousAccess) {
        this.anonymousAccess = anonymousAccess;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        AccessRule rule = AccessRule.of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())
                .orElse(AccessRule.LICENSED);
        boolean signedIn = AuthenticatedUserThreadLocal.get() != null;
        boolean allowed = switch (rule) {
            case UNRESTRICTED -> true;
            case ANONYMOUS_SITE -> signedIn || anonymousAccess;
            case LICENSED -> signedIn;
        };
        if (!allowed) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ErrorJson.body(401, UNAUTHENTICATED)).build());
        }
    }
}
