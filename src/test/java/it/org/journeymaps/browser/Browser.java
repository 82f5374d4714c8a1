package it.org.journeymaps.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright; never a downloaded browser. One per test class:
 * {@code @RegisterExtension static final Browser browser = new Browser();}. Screenshots go to
 * {@code target/screenshots/} so people can look at what the tests saw.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + CHROMIUM
                    + " (apt-get install chromium)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A fresh browser profile (cookies, storage) with a desktop-sized window. */
    public BrowserContext newContext() {
        return chromium.newContext(new NewContextOptions().setViewportSize(1440, 900));
    }

    /** axe-core over `selector`: no serious or critical violation. */
    public static void assertNoSeriousAccessibilityViolations(Page page, String selector) {
        page.addScriptTag(new Page.AddScriptTagOptions()
                .setPath(Paths.get("frontend", "node_modules", "axe-core", "axe.min.js")));
        Object violations = page.evaluate("""
                async selector => (await axe.run(document.querySelector(selector))).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
                """, selector);
        assertThat((List<?>) violations).as("axe-core serious/critical violations").isEmpty();
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }
}
