package org.journeymaps.confluence.branding;

import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import org.journeymaps.app.branding.BrandingService;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.kernel.PermissionDeniedException;
import org.journeymaps.confluence.kernel.DecoratedPages;

/**
 * A space's journey-map branding page, {@code /plugins/servlet/journeymaps/branding?key=KEY}, linked from the
 * space tools' "Apps" section: a page decorated by Confluence holding the element the branding front end mounts
 * on. Space administrators only (403 page otherwise; 404 for a space the caller may not view). Its access is
 * declared as for the editor's page, so that anonymous callers reach its own sign-in redirect.
 */
@AnonymousSiteAccess
public class SpaceBrandingServlet extends HttpServlet {

    /** The page's web resources; the front end's branding entry point hangs off this one as a dependency. */
    static final String PAGE_RESOURCES = "org.journeymaps.journey-maps:journey-map-branding-page";
    private static final String PAGE_TEMPLATE = "templates/space-branding.vm";
    private static final long serialVersionUID = 1L;

    private final transient BrandingService brandings;
    private final transient PageBuilderService pageBuilder;
    private final transient DecoratedPages pages;

    @Inject
    public SpaceBrandingServlet(BrandingService brandings, @ComponentImport TemplateRenderer renderer,
                                @ComponentImport PageBuilderService pageBuilder,
                                @ComponentImport LoginUriProvider loginUris, @ComponentImport I18nResolver i18n) {
        this.brandings = brandings;
        this.pageBuilder = pageBuilder;
        this.pages = new DecoratedPages(renderer, loginUris, i18n);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.sentToSignIn(request, response)) {
            return;
        }
        String spaceKey = request.getParameter("key");
        if (spaceKey == null || spaceKey.isBlank()) {
            message(response, HttpServletResponse.SC_BAD_REQUEST, "nospace", null);
            return;
        }
        String spaceUrl = request.getContextPath() + "/display/" + java.net.URLEncoder.encode(spaceKey,
                java.nio.charset.StandardCharsets.UTF_8);
        try {
            brandings.requireAdmin(spaceKey);
        } catch (NotFoundException | AuthenticationRequiredException hidden) {
            message(response, HttpServletResponse.SC_NOT_FOUND, "notfound", null);
            return;
        } catch (PermissionDeniedException denied) {
            message(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", spaceUrl);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(PAGE_RESOURCES);
        Map<String, Object> model = new HashMap<>();
        model.put("titleHtml", pages.text("journeymaps.branding.title", spaceKey));
        model.put("spaceKeyHtml", htmlEncode(spaceKey));
        model.put("spaceUrlHtml", htmlEncode(spaceUrl));
        model.put("loadingHtml", pages.text("journeymaps.branding.loading"));
        pages.render(response, HttpServletResponse.SC_OK, PAGE_TEMPLATE, model);
    }

    private void message(HttpServletResponse response, int status, String reason, String backUrl) throws IOException {
        pages.message(response, status, "journeymaps.branding.error.", reason, backUrl, "journeymaps.branding.back");
    }
}
