package org.journeymaps.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Devhost's own stylesheet: plain CSS in Confluence's spirit (AUI is for the app's front end to bring). */
final class StylesheetServlet extends HttpServlet {

    static final String PATH = "/devhost/devhost.css";
    private static final long serialVersionUID = 1L;
    private static final String CSS = """
            body { margin: 0; font: 14px/1.43 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: #172b4d; background: #fff; }
            a { color: #0052cc; text-decoration: none; }
            a:hover { text-decoration: underline; }
            .dh-header { display: flex; justify-content: space-between; align-items: center; height: 48px;
                         padding: 0 20px; background: #0747a6; color: #fff; }
            .dh-header a { color: #fff; }
            .dh-logo { font-weight: 600; font-size: 16px; }
            .dh-badge { font-size: 11px; font-weight: 400; padding: 1px 6px; margin-left: 6px; border-radius: 3px;
                        background: rgba(255,255,255,.2); }
            .dh-user span { margin-right: 12px; }
            .dh-main { max-width: 1200px; margin: 0 auto; padding: 24px 40px; }
            .dh-breadcrumbs { color: #6b778c; font-size: 13px; margin-bottom: 8px; }
            .dh-page-actions { float: right; }
            .dh-sep { margin: 0 4px; }
            #title-text { font-size: 24px; font-weight: 500; margin: 0 0 20px; }
            .wiki-content { max-width: 100%; }
            .dh-list { list-style: none; padding: 0; }
            .dh-list li { padding: 8px 0; border-bottom: 1px solid #ebecf0; }
            .dh-muted { color: #6b778c; }
            .aui-message { padding: 10px 16px; border-radius: 3px; margin: 8px 0; }
            .aui-message-error { background: #ffebe6; border-left: 4px solid #de350b; }
            .dh-login { max-width: 360px; margin: 60px auto; padding: 24px 32px; border-radius: 3px;
                        box-shadow: 0 1px 3px rgba(9,30,66,.25); }
            .dh-login label { display: block; margin: 12px 0 4px; font-weight: 600; font-size: 12px; color: #6b778c; }
            .dh-login input[type=text], .dh-login input[type=password] { width: 100%; box-sizing: border-box;
                        padding: 8px; border: 2px solid #dfe1e6; border-radius: 3px; font-size: 14px; }
            .dh-login button { margin-top: 16px; padding: 8px 16px; border: 0; border-radius: 3px;
                               background: #0052cc; color: #fff; font-size: 14px; cursor: pointer; }
            """;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        response.getWriter().write(CSS);
    }
}
