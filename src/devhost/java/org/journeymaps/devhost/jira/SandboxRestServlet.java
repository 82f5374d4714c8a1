package org.journeymaps.devhost.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeymaps.devhost.jira.JiraSandbox.Fault;

/**
 * The sandbox's Jira DC REST v2 endpoints (those the app calls), behind a Bearer token check and the fault switch.
 * Served under {@link JiraSandbox#PATH}{@code /rest/*}.
 */
public final class SandboxRestServlet extends HttpServlet {
    private static final Pattern CREATEMETA = Pattern.compile("/api/2/issue/createmeta/([^/]+)/issuetypes(?:/([^/]+))?");
    private static final Pattern REMOTE_LINK = Pattern.compile("/api/2/issue/([^/]+)/remotelink");
    private static final Pattern ISSUE = Pattern.compile("/api/2/issue/([^/]+)");
    /** Longer than the read timeout devhost gives the app for its sandbox, so SLOW means TIMEOUT. */
    static final long SLOW_MILLIS = 4_000;

    private final JiraSandbox sandbox;
    private final SandboxJson json;
    private final ObjectMapper mapper = new ObjectMapper();

    public SandboxRestServlet(JiraSandbox sandbox) {
        this.sandbox = sandbox;
        this.json = new SandboxJson(sandbox, mapper);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        sandbox.countRequest();
        if (faulted(response)) {
            return;
        }
        if (!("Bearer " + JiraSandbox.TOKEN).equals(request.getHeader("Authorization"))) {
            send(response, 401, SandboxJson.errors("You are not authenticated. Authentication required to perform this operation."));
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String method = request.getMethod();
        JsonNode body = "POST".equals(method) ? readBody(request) : null;
        if ("POST".equals(method) && body == null) {
            send(response, 400, SandboxJson.errors("Unexpected character: the body is not JSON."));
            return;
        }
        SandboxJson.Reply reply = route(method, path, body);
        send(response, reply.status(), reply.json());
    }

    private SandboxJson.Reply route(String method, String path, JsonNode body) {
        Matcher createmeta = CREATEMETA.matcher(path);
        Matcher remoteLink = REMOTE_LINK.matcher(path);
        Matcher issue = ISSUE.matcher(path);
        if ("GET".equals(method) && path.equals("/api/2/serverInfo")) {
            return json.serverInfo();
        }
        if ("GET".equals(method) && path.equals("/api/2/project")) {
            return json.projects();
        }
        if ("GET".equals(method) && createmeta.matches()) {
            return createmeta.group(2) == null ? json.issueTypes(createmeta.group(1))
                    : json.fields(createmeta.group(1), createmeta.group(2));
        }
        if ("POST".equals(method) && path.equals("/api/2/issue")) {
            return json.create(body);
        }
        if ("POST".equals(method) && path.equals("/api/2/search")) {
            return json.search(body);
        }
        if (remoteLink.matches()) {
            return "POST".equals(method) ? json.addRemoteLink(remoteLink.group(1), body)
                    : json.remoteLinks(remoteLink.group(1));
        }
        if ("GET".equals(method) && issue.matches()) {
            return json.issue(issue.group(1));
        }
        return new SandboxJson.Reply(404, SandboxJson.errors("No sandbox endpoint " + method + " " + path));
    }

    /** Applies the fault switch; true if the request was answered by it. */
    private boolean faulted(HttpServletResponse response) throws IOException {
        Fault fault = sandbox.fault();
        switch (fault) {
            case SLOW -> sleep();
            case UNAUTHORIZED -> send(response, 401, SandboxJson.errors("Token expired (sandbox fault)."));
            case FORBIDDEN -> send(response, 403, SandboxJson.errors("Forbidden (sandbox fault)."));
            case RATE_LIMITED -> {
                response.setHeader("Retry-After", "30");
                send(response, 429, SandboxJson.errors("Rate limit exceeded (sandbox fault)."));
            }
            case SERVER_ERROR -> send(response, 500, SandboxJson.errors("Internal server error (sandbox fault)."));
            case MALFORMED -> send(response, 200, "{\"issues\": [ {\"key\": ");
            default -> {
                return false;
            }
        }
        return fault != Fault.SLOW;
    }

    private JsonNode readBody(HttpServletRequest request) throws IOException {
        try {
            return mapper.readTree(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void send(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
