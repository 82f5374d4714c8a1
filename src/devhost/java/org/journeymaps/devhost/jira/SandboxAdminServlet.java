package org.journeymaps.devhost.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeymaps.devhost.jira.JiraSandbox.Fault;

/**
 * The sandbox's control panel, under {@link JiraSandbox#PATH}{@code /admin}: a small HTML page, and
 * {@code POST issues/{key}/transition {"status":"Done"}}, {@code POST fault {"fault":"DOWN"}},
 * {@code GET requests} ({@code {"count":n}}) and {@code POST requests/reset}. JSON or form bodies.
 */
public final class SandboxAdminServlet extends HttpServlet {
    private static final Pattern TRANSITION = Pattern.compile("/issues/([^/]+)/transition");

    private final JiraSandbox sandbox;
    private final ObjectMapper mapper = new ObjectMapper();

    public SandboxAdminServlet(JiraSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/requests")) {
            SandboxRestServlet.send(response, 200, "{\"count\":" + sandbox.requestCount() + "}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(SandboxPage.html(sandbox, request.getContextPath()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean form = request.getContentType() != null && request.getContentType().startsWith("application/x-www-form");
        Matcher transition = TRANSITION.matcher(path);
        if (transition.matches()) {
            String status = value(request, form, "status");
            if (!sandbox.transition(transition.group(1), status == null ? "" : status)) {
                SandboxRestServlet.send(response, 400, SandboxJson.errors("No issue " + transition.group(1)
                        + " or no status '" + status + "' (To Do, In Progress, Done)."));
                return;
            }
        } else if (path.equals("/fault")) {
            String fault = value(request, form, "fault");
            Fault chosen = Arrays.stream(Fault.values())
                    .filter(f -> f.name().equals(fault == null ? "" : fault.toUpperCase(Locale.ROOT))).findFirst().orElse(null);
            if (chosen == null) {
                SandboxRestServlet.send(response, 400, SandboxJson.errors("fault: one of " + Arrays.toString(Fault.values())));
                return;
            }
            sandbox.setFault(chosen);
        } else if (path.equals("/requests/reset")) {
            sandbox.resetRequestCount();
        } else {
            SandboxRestServlet.send(response, 404, SandboxJson.errors("No sandbox admin endpoint " + path));
            return;
        }
        if (form) {
            response.sendRedirect(request.getContextPath() + JiraSandbox.PATH + "/admin");
        } else {
            response.setStatus(204);
        }
    }

    private String value(HttpServletRequest request, boolean form, String name) throws IOException {
        if (form) {
            return request.getParameter(name);
        }
        try {
            JsonNode body = mapper.readTree(request.getInputStream());
            return body == null ? null : body.path(name).asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
