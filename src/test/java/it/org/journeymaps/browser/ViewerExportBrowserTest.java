package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.browser.pages.ViewerPage;
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
 * Bob exports the demo map from the viewer with the keyboard: a PNG drawn at twice the SVG's size, a
 * well-formed SVG holding the map's texts and the server's paginated PDF, each named after the map's title.
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
            ViewerPage viewer = ViewerPage.open(page, devhost, "bob", devhost.demoPageId());
            String title = viewer.gridLabel();
            Locator button = viewer.exportButton();
            assertThat(button.textContent()).isEqualTo("Export");

            button.focus();
            page.keyboard().press("ArrowDown");
            assertThat(viewer.exportMenu().isVisible()).isTrue();
            Browser.screenshot(page, "viewer-export-menu");
            assertThat(viewer.focusedText()).isEqualTo("Image (PNG)");
            Download png = page.waitForDownload(() -> page.keyboard().press("Enter"));
            Path pngFile = png.path();
            assertThat(png.suggestedFilename()).endsWith(".png").doesNotContain(" ", "/", ":");
            byte[] bytes = Files.readAllBytes(pngFile);
            assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
            BufferedImage image = ImageIO.read(pngFile.toFile());
            Files.copy(pngFile, Path.of("target", "screenshots", "viewer-export.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(viewer.focusedClass()).contains("jm-export-button");

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
            assertThat(viewer.statusMessages()).anyMatch(s -> s.contains("SVG"));

            page.keyboard().press("ArrowDown");
            page.keyboard().press("End");
            assertThat(viewer.focusedText()).isEqualTo("PDF document (A4 landscape)");
            Download pdf = page.waitForDownload(() -> page.keyboard().press("Enter"));
            assertThat(pdf.suggestedFilename()).isEqualTo(png.suggestedFilename().replace(".png", ".pdf"));
            assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(errors).isEmpty();
        }
    }
}
