package org.journeymaps.devhost.bench;

import com.atlassian.confluence.pages.DevHostPages;
import com.atlassian.confluence.user.DevHostAuthenticatedUser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.journeymaps.app.structure.CardService;
import org.journeymaps.app.map.MapService;
import org.journeymaps.devhost.DevHost;
import org.journeymaps.devhost.DevHostConfig;
import org.journeymaps.domain.map.MapContent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The viewer's first render of the large map (40 stages × 12 lanes, 2,400 cards) in Chromium, beside a plain
 * HTML table of the same text loaded in the same browser in the same run, pages alternating. Times are from
 * navigation start: the table's first contentful paint, the macro page's (its static table) and the moment the
 * viewer has replaced it ({@code journeymaps:viewer-ready} mark, set when it has rendered). Run it with
 * {@code mvn -q test-compile exec:java@viewer-benchmark}; it prints a table and exits.
 */
public final class ViewerRenderBenchmark {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WARM_UP = 2;
    private static final int RUNS = 9;
    /** Served by Playwright from memory at the devhost's origin, so both pages load the same way. */
    private static final String PLAIN_TABLE_PATH = "/benchmark/plain-table.html";
    private static final String PAINTED = """
            async () => {
              for (let i = 0; i < 100; i++) {
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                const ready = performance.getEntriesByName('journeymaps:viewer-ready')[0];
                if (fcp && (ready || !document.querySelector('.jm-map'))) {
                  return [fcp.startTime, ready ? ready.startTime : -1];
                }
                await new Promise(r => setTimeout(r, 20));
              }
              throw new Error('no first-contentful-paint entry');
            }""";

    private ViewerRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The viewer benchmark needs Debian's Chromium at " + CHROMIUM);
        }
        DevHostConfig config = DevHostConfig.defaults().withPort(0).withDb("jdbc:h2:mem:journey-maps-viewer-benchmark")
                .withSeeders(List.of()).withDataDir(Files.createTempDirectory("journey-maps-viewer-benchmark"));
        try (DevHost host = DevHost.start(config)) {
            DevHostAuthenticatedUser.bind(host.directory().user("admin").orElseThrow());
            String pageUrl;
            String plainTable;
            try {
                var context = host.applicationContext();
                long pageId = DevHostPages.idOf(host.directory().createPage("DEMO", "Grande carte", ""));
                System.out.println("Building the large map through the app's services…");
                MapContent map = LargeMapBuilder.build(context.getBean(MapService.class),
                        context.getBean(CardService.class), pageId, 40, 12, 2400);
                host.directory().updateBody(pageId, "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"mapId\">" + map.map().id() + "</ac:parameter></ac:structured-macro>");
                pageUrl = host.baseUrl() + "/pages/viewpage.action?pageId=" + pageId;
                plainTable = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Grande carte</title>"
                        + "</head><body>" + new Floors(map).plainTable() + "</body></html>";
            } finally {
                DevHostAuthenticatedUser.clear();
            }
            measure(host.baseUrl() + PLAIN_TABLE_PATH, plainTable, pageUrl);
        }
    }

    private static void measure(String plainTableUrl, String plainTable, String pageUrl) {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                    .setExtraHTTPHeaders(Map.of("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))));
            context.route(plainTableUrl, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(200).setContentType("text/html; charset=utf-8").setBody(plainTable)));
            List<Double> table = new ArrayList<>();
            List<Double> staticFcp = new ArrayList<>();
            List<Double> viewer = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                double[] plain = load(context, plainTableUrl, false);
                double[] macro = load(context, pageUrl, true);
                if (run >= WARM_UP) {
                    table.add(plain[0]);
                    staticFcp.add(macro[0]);
                    viewer.add(macro[1]);
                }
            }
            System.out.printf("%nViewer first render: large map 40 stages × 12 lanes, 2,400 cards; Chromium headless, "
                    + "%d runs after %d warm-up, pages alternating; ms from navigation start%n", RUNS, WARM_UP);
            System.out.printf("%-52s %10s %10s%n", "", "median ms", "max ms");
            report("plain HTML table of the same text: first paint", table);
            report("macro page: first paint (its static table)", staticFcp);
            report("viewer: interactive map rendered (ready mark)", viewer);
            System.out.printf("viewer ready ÷ plain table first paint: %.1f×%n", median(viewer) / median(table));
        }
    }

    /** Opens the URL in a fresh tab and returns [first contentful paint, viewer ready (or -1)] in ms. */
    private static double[] load(BrowserContext context, String url, boolean waitForViewer) {
        Page page = context.newPage();
        try {
            page.navigate(url);
            if (waitForViewer) {
                page.waitForSelector(".jm-map[data-viewer=ready]", new Page.WaitForSelectorOptions().setTimeout(60_000));
            }
            List<?> times = (List<?>) page.evaluate(PAINTED);
            return new double[] {((Number) times.get(0)).doubleValue(), ((Number) times.get(1)).doubleValue()};
        } finally {
            page.close();
        }
    }

    private static void report(String what, List<Double> samples) {
        System.out.printf("%-52s %10.0f %10.0f%n", what, median(samples),
                samples.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    private static double median(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
