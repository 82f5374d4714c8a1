package org.journeymaps.devhost.jira;

import java.util.List;
import org.journeymaps.devhost.web.HostedServlet;

/** Where devhost serves its Jira sandbox: REST under {@code /jira-sandbox/rest}, control panel under {@code /admin}. */
public final class JiraSandboxServlets {
    private JiraSandboxServlets() {
    }

    public static List<HostedServlet> of(JiraSandbox sandbox) {
        return List.of(
                new HostedServlet("jira-sandbox-rest", new SandboxRestServlet(sandbox),
                        List.of(JiraSandbox.PATH + "/rest/*")),
                new HostedServlet("jira-sandbox-admin", new SandboxAdminServlet(sandbox),
                        List.of(JiraSandbox.PATH + "/admin", JiraSandbox.PATH + "/admin/*")));
    }
}
