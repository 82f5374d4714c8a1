package org.journeymaps.confluence.kernel;

import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * What the app's full pages (editor, space branding) share: signing anonymous callers in first, rendering a
 * template decorated by Confluence, and the page that says why there is nothing to show.
 */
public final class DecoratedPages {
    private static final String MESSAGE_TEMPLATE = "templates/journey-map-editor-message.vm";

    private final TemplateRenderer renderer;
    private final LoginUriProvider loginUris;
    private final I18nResolver i18n;

    public DecoratedPages(TemplateRenderer renderer, LoginUriProvider loginUris, I18nResolver i18n) {
        this.renderer = renderer;
        this.loginUris = loginUris;
        this.i18n = i18n;
    }

    /** Sends an anonymous caller to sign in and back here (true); false for a signed-in caller. */
    public boolean sentToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AuthenticatedUserThreadLocal.get() != null) {
            return false;
        }
        String here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(loginUris.getLoginUri(URI.create(here)).toASCIIString());
        return true;
    }

    /**
     * A page saying why there is nothing to show: {@code prefix + reason + ".title"} and {@code prefix + reason};
     * {@code backUrl} (may be null) leads back, labelled {@code backKey}.
     */
    public void message(HttpServletResponse response, int status, String prefix, String reason, String backUrl,
                        String backKey) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("titleHtml", text(prefix + reason + ".title"));
        model.put("messageHtml", text(prefix + reason));
        model.put("backUrlHtml", backUrl == null ? "" : htmlEncode(backUrl));
        model.put("backHtml", text(backKey));
        render(response, status, MESSAGE_TEMPLATE, model);
    }

    public void render(HttpServletResponse response, int status, String template, Map<String, Object> model)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, model, response.getWriter());
    }

    /** A translation with user text as arguments, escaped as a whole. */
    public String text(String key, Serializable... args) {
        return htmlEncode(i18n.getText(key, args));
    }
}
