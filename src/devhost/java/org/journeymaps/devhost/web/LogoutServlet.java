package org.journeymaps.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.journeymaps.devhost.security.SignIn;

import java.io.IOException;

/** Confluence's sign-out: ends the session and shows the sign-in form. */
final class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PageLayout layout;

    LogoutServlet(PageLayout layout) {
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(layout.href(SignIn.LOGIN_PATH) + "?logout=true");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
