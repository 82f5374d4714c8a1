package org.journeymaps.devhost.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writing devhost's HTML responses. */
final class Responses {

    private Responses() {
    }

    static void html(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
