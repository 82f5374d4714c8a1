package org.journeymaps.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.directory.DevUser;
import org.journeymaps.devhost.security.SignIn;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

/**
 * Confluence's sign-in: the form at {@code /login.action} posts {@code os_username}, {@code os_password}
 * and {@code os_destination} to {@code /dologin.action}; success starts a new session and returns to the
 * destination (a path on this site only).
 */
final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DevDirectory directory;
    private final transient PageLayout layout;

    LoginServlet(DevDirectory directory, PageLayout layout) {
        this.directory = directory;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String notice = request.getParameter("logout") != null ? "You have been logged out." : null;
        showForm(response, request.getParameter("os_destination"), "", notice);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("os_username");
        Optional<DevUser> user = directory.authenticate(username, request.getParameter("os_password"));
        String destination = request.getParameter("os_destination");
        if (user.isEmpty()) {
            showForm(response, destination, username == null ? "" : username,
                    "Sorry, your username and password are incorrect - please try again.");
            return;
        }
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate(); // a fresh session id on sign-in, against session fixation
        }
        request.getSession(true).setAttribute(SignIn.SESSION_USER, user.get().getName());
        response.sendRedirect(layout.href(SignIn.safeDestination(destination)));
    }

    private void showForm(HttpServletResponse response, String destination, String username, String message)
            throws IOException {
        String form = (message == null ? "" : "<div class=\"aui-message aui-message-error\" id=\"login-message\"><p>"
                + htmlEncode(message) + "</p></div>")
                + "<form class=\"dh-login\" id=\"loginform\" method=\"post\" action=\"" + layout.href(SignIn.DO_LOGIN_PATH) + "\">"
                + "<label for=\"os_username\">Username</label>"
                + "<input type=\"text\" id=\"os_username\" name=\"os_username\" autocomplete=\"username\" value=\""
                + htmlEncode(username) + "\" autofocus>"
                + "<label for=\"os_password\">Password</label>"
                + "<input type=\"password\" id=\"os_password\" name=\"os_password\" autocomplete=\"current-password\">"
                + "<input type=\"hidden\" name=\"os_destination\" value=\"" + htmlEncode(SignIn.safeDestination(destination)) + "\">"
                + "<button type=\"submit\" id=\"loginButton\" name=\"login\">Log in</button>"
                + "<p class=\"dh-muted\">Demo users: admin, alice, bob, carol (password = username)</p></form>";
        Responses.html(response, layout.page("Log in", List.of(), form, "", Map.of()));
    }
}
