package org.journeymaps.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.journeymaps.devhost.mail.Outbox;
import org.journeymaps.devhost.mail.SentMail;

import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

/** Devhost's outbox page: the notifications the app sent, newest first, as plain text (never as HTML). */
final class OutboxServlet extends HttpServlet {
    static final String PATH = "/devhost/outbox";

    private static final long serialVersionUID = 1L;

    private final transient Outbox outbox;
    private final transient PageLayout layout;

    OutboxServlet(Outbox outbox, PageLayout layout) {
        this.outbox = outbox;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<SentMail> mails = outbox.sent();
        StringBuilder html = new StringBuilder();
        if (mails.isEmpty()) {
            html.append("<p class=\"dh-outbox-empty\">No mail sent yet.</p>");
        }
        html.append("<ol class=\"dh-outbox\" reversed>");
        for (int i = mails.size() - 1; i >= 0; i--) {
            SentMail mail = mails.get(i);
            html.append("<li class=\"dh-mail\"><div><b>To:</b> <span class=\"dh-mail-to\">")
                    .append(htmlEncode(mail.to())).append("</span></div><div><b>Subject:</b> ")
                    .append("<span class=\"dh-mail-subject\">").append(htmlEncode(mail.subject()))
                    .append("</span></div><pre class=\"dh-mail-body\" style=\"white-space:pre-wrap\">")
                    .append(htmlEncode(mail.body())).append("</pre></li>");
        }
        html.append("</ol>");
        Responses.html(response, layout.page("Outbox", List.of(new PageLayout.Crumb("Dashboard", layout.href("/"))),
                html.toString(), "", Map.of()));
    }
}
