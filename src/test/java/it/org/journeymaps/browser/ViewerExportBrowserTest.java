package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bob exports the demo map from the viewer with the keyboard: a PNG drawn at twice the SVG's size and a
 * well-formed SVG holding the map's texts, each named after the map's title.
 */
class ViewerExportBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void bobExportsTheMapAsPngAndSvgFromTheKeyboard() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + devhost.demoPageId());
            page.locator("input[name=os_username]").fill("bob");
            page.locator("input[name=os_password]").fill("bob");
            page.locator("input[name=os_password]").press("Enter");
            Locator map = page.locator(".jm-map[data-viewer=ready]");
            map.waitFor();
            String title = map.locator("[role=grid]").getAttribute("aria-label");
            Locator button = map.locator(".jm-export-button");
            assertThat(button.textContent()).isEqualTo("Export");

            button.focus();
            page.keyboard().press("ArrowDown");
            assertThat(map.locator("[role=menu]").isVisible()).isTrue();
            Browser.screenshot(page, "viewer-export-menu");
            assertThat((String) page.evaluate("() => document.activeElement.textContent")).isEqualTo("Image (PNG)");
            Download png = page.waitForDownload(() -> page.keyboard().press("Enter"));
            Path pngFile = png.path();
            assertThat(png.suggestedFilename()).endsWith(".png").doesNotContain(" ", "/", ":");
            byte[] bytes = Files.readAllBytes(pngFile);
            assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
            BufferedImage image = ImageIO.read(pngFile.toFile());
            Files.copy(pngFile, Path.of("target", "screenshots", "viewer-export.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat((String) page.evaluate("() => document.activeElement.className")).contains("jm-export-button");

            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowDown");
            Download svg = page.waitForDownload(() -> page.keyboard().press("Enter"));
            assertThat(svg.suggestedFilename()).isEqualTo(png.suggestedFilename().replace(".png", ".svg"));
            String text = Files.readString(svg.path());
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.path().toFile());
            int width = Integer.parseInt(document.getDocumentElement().getAttribute("width"));
            int height = Integer.parseInt(document.getDocumentElement().getAttribute("height"));
            assertThat(image.getWidth()).as("PNG at 2x").isEqualTo(width * 2);
            assertThat(image.getHeight()).isEqualTo(height * 2);
            assertThat(image.getRGB(2 * 200, 2 * 60) & 0xffffff).as("the first stage header is drawn, in blue")
                    .isEqualTo(0x0052cc);
            assertThat(text).contains("Prise de conscience", "font-family=");
            assertThat(title).contains(document.getElementsByTagName("title").item(0).getTextContent());
            assertThat(map.locator("[role=status]").allTextContents()).anyMatch(s -> s.contains("SVG"));
            assertThat(errors).isEmpty();
        }
    }
}
