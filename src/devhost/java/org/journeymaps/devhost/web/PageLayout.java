package org.journeymaps.devhost.web;

import org.journeymaps.devhost.directory.DevUser;
import org.journeymaps.devhost.i18n.RequestLocale;
import org.journeymaps.devhost.security.SignIn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

/**
 * Devhost's page chrome, shaped like Confluence's: header with the user menu, breadcrumbs, title
 * ({@code #title-text}) and content ({@code #main-content.wiki-content}), and the {@code ajs-*} meta
 * tags Confluence's front end reads (context path, user, page, space).
 */
final class PageLayout {

    /** A breadcrumb; the last one is the current page and has no link. */
    record Crumb(String label, String href) {
    }

    private final String contextPath;

    PageLayout(String contextPath) {
        this.contextPath = contextPath;
    }

    String page(String title, List<Crumb> crumbs, String contentHtml, String headTags, Map<String, String> meta) {
        return page(title, crumbs, contentHtml, headTags, meta, "");
    }

    /** A page with Confluence's page actions (e.g. "Edit") beside its breadcrumbs. */
    String page(String title, List<Crumb> crumbs, String contentHtml, String headTags, Map<String, String> meta,
                String actionsHtml) {
        StringBuilder main = new StringBuilder("<nav id=\"breadcrumbs\" class=\"dh-breadcrumbs\">");
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb crumb = crumbs.get(i);
            main.append(i == 0 ? "" : " <span class=\"dh-sep\">/</span> ");
            main.append(crumb.href() == null ? "<span>" + htmlEncode(crumb.label()) + "</span>"
                    : "<a href=\"" + htmlEncode(crumb.href()) + "\">" + htmlEncode(crumb.label()) + "</a>");
        }
        main.append("</nav>\n");
        if (!actionsHtml.isEmpty()) {
            main.append("<div id=\"navigation\" class=\"dh-page-actions\">").append(actionsHtml).append("</div>\n");
        }
        main.append("<h1 id=\"title-text\">").append(htmlEncode(title)).append("</h1>\n")
                .append("<div id=\"main-content\" class=\"wiki-content\">\n").append(contentHtml).append("\n</div>\n");
        return document(htmlEncode(title), headTags, main.toString(), meta);
    }

    /**
     * What Confluence's {@code atl.general} decorator makes of a page an app wrote: the page's title and body as
     * they are (already HTML), inside the site's header, with the page's own head tags and {@code headTags}.
     */
    String decorated(String titleHtml, String headTags, String bodyHtml) {
        return document(titleHtml, headTags, bodyHtml + "\n", Map.of());
    }

    private String document(String titleHtml, String headTags, String mainHtml, Map<String, String> meta) {
        DevUser user = DevUser.current();
        Map<String, String> allMeta = new LinkedHashMap<>();
        allMeta.put("ajs-context-path", contextPath);
        allMeta.put("ajs-remote-user", user == null ? "" : user.getName());
        allMeta.put("ajs-remote-user-key", user == null ? "" : user.getKey().getStringValue());
        allMeta.put("ajs-user-locale", RequestLocale.current().toString());
        allMeta.putAll(meta);
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(htmlEncode(RequestLocale.current().getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(titleHtml).append(" - Confluence</title>\n");
        allMeta.forEach((name, value) -> html.append("<meta name=\"").append(htmlEncode(name)).append("\" content=\"")
                .append(htmlEncode(value)).append("\">\n"));
        // No favicon: browsers would otherwise ask for /favicon.ico and log its 404 as a console error.
        html.append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(contextPath).append(StylesheetServlet.PATH).append("\">\n")
                .append(headTags).append("</head>\n<body>\n").append(header(user))
                .append("<main id=\"main\" class=\"dh-main\">\n").append(mainHtml).append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    String href(String pathInContext) {
        return contextPath + pathInContext;
    }

    private String header(DevUser user) {
        String menu = user == null
                ? "<a id=\"login-link\" href=\"" + href(SignIn.LOGIN_PATH) + "\">Log in</a>"
                : "<span id=\"user-menu-link\" data-username=\"" + htmlEncode(user.getName()) + "\">"
                        + htmlEncode(user.getFullName()) + "</span> <a id=\"logout-link\" href=\""
                        + href(SignIn.LOGOUT_PATH) + "\">Log out</a>";
        return "<header id=\"header\" class=\"dh-header\"><a class=\"dh-logo\" href=\"" + href("/")
                + "\">Confluence <span class=\"dh-badge\">devhost</span></a><nav class=\"dh-user\">" + menu
                + "</nav></header>\n";
    }
}
