package org.journeymaps.devhost;

import java.nio.file.Path;
import java.util.Set;

/** Devhost's command-line options, over {@link DevHostConfig#defaults()}. */
final class CommandLine {

    static final String USAGE = "Options: --port <n> (default 1990), --data-dir <dir> (default target/devhost-data), "
            + "--db <jdbc url> (default H2 in the data dir), --context-path </path> (default none), --anonymous-access, "
            + "--jira-url <base url> --jira-token <personal access token> (default: the Jira sandbox)";

    private static final Set<String> VALUED = Set.of("--port", "--data-dir", "--db", "--context-path", "--jira-url",
            "--jira-token");

    private CommandLine() {
    }

    static DevHostConfig parse(String[] args, DevHostConfig config) {
        DevHostConfig parsed = config;
        String jiraUrl = null;
        String jiraToken = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--anonymous-access")) {
                parsed = parsed.withAnonymousAccess(true);
                continue;
            }
            if (!VALUED.contains(option)) {
                throw new IllegalArgumentException("Unknown option " + option + ". " + USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value. " + USAGE);
            }
            String value = args[++i];
            parsed = switch (option) {
                case "--port" -> parsed.withPort(port(value));
                case "--data-dir" -> parsed.withDataDir(Path.of(value));
                case "--db" -> parsed.withDb(value);
                case "--context-path" -> parsed.withContextPath(value);
                case "--jira-url" -> {
                    jiraUrl = value;
                    yield parsed;
                }
                case "--jira-token" -> {
                    jiraToken = value;
                    yield parsed;
                }
                default -> throw new IllegalStateException("VALUED lists an option without a case: " + option);
            };
        }
        return jiraUrl == null && jiraToken == null ? parsed : parsed.withJira(jiraUrl, jiraToken);
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port: not a number: '" + value + "'", e);
        }
    }
}
