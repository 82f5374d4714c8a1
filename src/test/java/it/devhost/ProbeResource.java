package it.devhost;

import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.journeymaps.devhost.directory.DevUser;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test-only REST resource, served by devhost beside the app's, to check how devhost hosts REST. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProbeResource {

    private final PermissionManager permissionManager;
    private final PageManager pageManager;

    @Inject
    public ProbeResource(@ComponentImport PermissionManager permissionManager, @ComponentImport PageManager pageManager) {
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
    }

    @GET
    @Path("unrestricted")
    @UnrestrictedAccess
    public Map<String, Object> unrestricted() {
        return caller();
    }

    @GET
    @Path("anonymous")
    @AnonymousSiteAccess
    public Map<String, Object> anonymous() {
        return caller();
    }

    @GET
    @Path("pages/{pageId}")
    public Map<String, Object> page(@PathParam("pageId") long pageId) {
        Map<String, Object> result = caller();
        result.put("canView", permissionManager.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW,
                pageManager.getAbstractPage(pageId)));
        return result;
    }

    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> echo(Map<String, Object> body) {
        Map<String, Object> result = caller();
        result.put("body", body);
        result.put("at", Instant.parse("2026-01-02T03:04:05Z"));
        return result;
    }

    @GET
    @Path("boom")
    public Map<String, Object> boom() {
        throw new IllegalStateException("secret internal detail");
    }

    private static Map<String, Object> caller() {
        DevUser user = DevUser.current();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("user", user == null ? null : user.getName());
        return result;
    }
}
