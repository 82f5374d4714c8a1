package org.journeymaps.devhost.jira;

import java.util.Locale;
import org.journeymaps.devhost.jira.JiraSandbox.Fault;
import org.journeymaps.devhost.jira.JiraSandbox.Issue;
import org.journeymaps.devhost.jira.JiraSandbox.Status;

/** The sandbox's control page: its issues with buttons to move them, and the fault switch. */
final class SandboxPage {
    private SandboxPage() {
    }

    static String html(JiraSandbox sandbox, String contextPath) {
        String admin = escape(contextPath + JiraSandbox.PATH + "/admin");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Jira sandbox</title><style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 8px;"
                + "text-align:left}form{display:inline}.new{color:#42526e}.indeterminate{color:#0052cc}"
                + ".done{color:#006644}</style></head><body><h1>Jira sandbox</h1>");
        html.append("<p>REST requests so far: ").append(sandbox.requestCount()).append(". Fault: <strong>")
                .append(sandbox.fault()).append("</strong></p><form method=\"post\" action=\"").append(admin)
                .append("/fault\"><select name=\"fault\" aria-label=\"Fault\">");
        for (Fault fault : Fault.values()) {
            html.append("<option").append(fault == sandbox.fault() ? " selected" : "").append(">").append(fault)
                    .append("</option>");
        }
        html.append("</select> <button>Set fault</button></form>");
        html.append("<table><tr><th>Key</th><th>Summary</th><th>Status</th><th>Move to</th></tr>");
        for (Issue issue : sandbox.issues()) {
            String key = escape(issue.key());
            html.append("<tr><td>").append(key).append("</td><td>").append(escape(issue.summary()))
                    .append("</td><td class=\"").append(issue.status().categoryKey()).append("\">")
                    .append(escape(issue.status().name())).append("</td><td>");
            for (Status status : JiraSandbox.STATUSES) {
                html.append("<form method=\"post\" action=\"").append(admin).append("/issues/").append(key)
                        .append("/transition\"><input type=\"hidden\" name=\"status\" value=\"")
                        .append(escape(status.name())).append("\"><button data-issue=\"").append(key)
                        .append("\" data-status=\"").append(status.name().toLowerCase(Locale.ROOT).replace(' ', '-'))
                        .append("\">").append(escape(status.name())).append("</button></form> ");
            }
            html.append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
