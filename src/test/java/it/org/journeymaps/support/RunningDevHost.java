package it.org.journeymaps.support;

import org.journeymaps.devhost.DevHost;
import org.journeymaps.devhost.DevHostConfig;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static com.atlassian.confluence.pages.DevHostPages.idOf;

/**
 * One devhost per test class, with the demo content seeded: any free port, H2 in a fresh temporary data dir.
 * Register it as {@code @RegisterExtension static final RunningDevHost devhost = new RunningDevHost();} and call
 * the API through {@link #as(String)} or {@link #anonymous()}. {@link #twoNodes()} adds a second Data Center node
 * on the same database, called through {@link #onSecondNodeAs(String)}.
 */
public final class RunningDevHost implements BeforeAllCallback, AfterAllCallback {

    private final boolean twoNodes;
    private Path dataDir;
    private DevHost host;
    private DevHost secondNode;

    public RunningDevHost() {
        this(false);
    }

    private RunningDevHost(boolean twoNodes) {
        this.twoNodes = twoNodes;
    }

    /** Two nodes (two ports) on one database, as in a Data Center cluster. */
    public static RunningDevHost twoNodes() {
        return new RunningDevHost(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("journeymaps-it-");
        host = DevHost.start(DevHostConfig.defaults().withPort(0).withDataDir(dataDir));
        if (twoNodes) {
            secondNode = host.startSecondNode(0);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (secondNode != null) {
                secondNode.close();
            }
            if (host != null) {
                host.close();
            }
        } finally {
            deleteRecursively(dataDir);
        }
    }

    public DevHost host() {
        return host;
    }

    /** The API as the demo user {@code name} (password = name). */
    public Api as(String name) {
        return Api.of(host.baseUrl(), name);
    }

    /** The API of the second node ({@link #twoNodes()}) as the demo user {@code name}. */
    public Api onSecondNodeAs(String name) {
        if (secondNode == null) {
            throw new IllegalStateException("register RunningDevHost.twoNodes() to call a second node");
        }
        return Api.of(secondNode.baseUrl(), name);
    }

    public Api anonymous() {
        return new Api(host.baseUrl(), null, true);
    }

    /**
     * A new empty page in DEMO for a test's own maps, made by {@code .as(user)}:
     * {@code devhost.page("Change feed checks").as("alice")}.
     */
    public TestPage.Request page(String title) {
        return new TestPage.Request(this, title, DemoDirectory.DEMO_SPACE);
    }

    /** Creates an empty page for a test's own maps; returns its id. */
    public long createPage(String spaceKey, String title) {
        return idOf(host.directory().createPage(spaceKey, title, ""));
    }

    /** The id of the page titled {@code title} in {@code spaceKey}. */
    public long pageId(String spaceKey, String title) {
        return idOf(host.directory().page(spaceKey, title).orElseThrow(
                () -> new IllegalArgumentException("no page '" + title + "' in " + spaceKey)));
    }

    /** The first demo page of DEMO (the winter-jacket journey). */
    public long demoPageId() {
        return pageId(DemoDirectory.DEMO_SPACE, DemoDirectory.DEMO_PAGE_TITLES.get(0));
    }

    public long carolPageId() {
        return pageId(DemoDirectory.CAROL_SPACE, DemoDirectory.CAROL_PAGE_TITLE);
    }

    /** The id of the (first) map on the page, as admin sees it. */
    public long mapIdOnPage(long pageId) {
        return as("admin").get("/maps?pageId=" + pageId).expect(200).json().path("results").path(0).path("id")
                .asLong();
    }

    /** The user key the API reports as author for the demo user {@code name}. */
    public String userKey(String name) {
        return host.directory().user(name).orElseThrow().getKey().getStringValue();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
