package org.journeymaps.devhost.web;

import static com.atlassian.confluence.spaces.DevHostSpaces.keyOf;
import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.Comparator;
import java.util.List;
import org.journeymaps.devhost.descriptor.WebItemModule;

/**
 * The "Apps" links of a space's tools ({@code system.space.tools/addons} web-items), as Confluence lists them in
 * the space tools: by weight, labelled in the reader's language, those for administrators shown to them only.
 */
final class SpaceTools {
    private final List<WebItemModule> items;
    private final I18nResolver i18n;
    private final PermissionManager permissions;

    SpaceTools(List<WebItemModule> items, I18nResolver i18n, PermissionManager permissions) {
        this.items = items.stream().filter(item -> item.section().equals(WebItemModule.SPACE_TOOLS_APPS))
                .sorted(Comparator.comparingInt(WebItemModule::weight)).toList();
        this.i18n = i18n;
        this.permissions = permissions;
    }

    /** The links the current user may see in {@code space}; empty when none. */
    String html(Space space, PageLayout layout) {
        boolean admin = permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.ADMINISTER, space);
        StringBuilder links = new StringBuilder();
        for (WebItemModule item : items) {
            if (!item.spaceAdminsOnly() || admin) {
                links.append("<li><a id=\"").append(htmlEncode(item.key())).append("\" href=\"")
                        .append(htmlEncode(layout.href(item.linkFor(keyOf(space))))).append("\">")
                        .append(htmlEncode(i18n.getText(item.labelKey()))).append("</a></li>\n");
            }
        }
        return links.isEmpty() ? "" : "<nav id=\"space-tools\" class=\"dh-space-tools\" aria-labelledby=\"space-tools-title\">"
                + "<h2 id=\"space-tools-title\">Space tools</h2>\n<ul class=\"dh-list\">\n" + links + "</ul></nav>\n";
    }
}
