package it.org.journeymaps.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshot tests of the map's look: a screenshot is compared with its committed baseline in
 * {@code src/test/resources/screenshot-baselines/}, so a change to the look shows in review. A pixel counts as
 * changed when a colour channel moves by more than {@value #CHANNEL_TOLERANCE}; the test fails past
 * {@value #CHANGED_PIXELS_TOLERANCE} of the pixels (anti-aliasing differences stay under it). Run
 * {@code scripts/update-screenshot-baselines} (system property {@code jm.updateBaselines=true}) to accept a new
 * look; the diff image of a failure is written beside the screenshot in {@code target/screenshots/}.
 */
public final class ScreenshotBaselines {

    static final Path BASELINES = Paths.get("src", "test", "resources", "screenshot-baselines");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final int CHANNEL_TOLERANCE = 24;
    private static final double CHANGED_PIXELS_TOLERANCE = 0.005;
    private static final int DIFF_MARK = 0xFFFF00FF;

    private ScreenshotBaselines() {
    }

    /** Compares the element's screenshot with baseline {@code name}; {@code volatileParts} (dates, avatars) are masked. */
    public static void assertMatchesBaseline(Locator element, String name, Locator... volatileParts) {
        Path shot = SCREENSHOTS.resolve(name + ".png");
        element.screenshot(new Locator.ScreenshotOptions().setPath(shot).setAnimations(
                com.microsoft.playwright.options.ScreenshotAnimations.DISABLED).setMask(List.of(volatileParts)));
        compare(shot, name);
    }

    /** Compares the whole viewport's screenshot with baseline {@code name}. */
    public static void assertMatchesBaseline(Page page, String name, Locator... volatileParts) {
        Path shot = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setAnimations(
                com.microsoft.playwright.options.ScreenshotAnimations.DISABLED).setMask(List.of(volatileParts)));
        compare(shot, name);
    }

    /** Compares an image made elsewhere (e.g. a PDF page turned into PNG) with baseline {@code name}. */
    public static void assertMatchesBaseline(Path image, String name) {
        compare(image, name);
    }

    private static void compare(Path shot, String name) {
        Path baseline = BASELINES.resolve(name + ".png");
        if (Boolean.getBoolean("jm.updateBaselines")) {
            copy(shot, baseline);
            return;
        }
        assertThat(baseline).as("baseline %s is missing: run scripts/update-screenshot-baselines", baseline).exists();
        BufferedImage expected = read(baseline);
        BufferedImage actual = read(shot);
        assertThat(actual.getWidth() + "×" + actual.getHeight())
                .as("size of %s against its baseline (scripts/update-screenshot-baselines accepts a new look)", name)
                .isEqualTo(expected.getWidth() + "×" + expected.getHeight());
        PixelDiff diff = PixelDiff.of(expected, actual, CHANNEL_TOLERANCE, DIFF_MARK);
        if (diff.changedShare() > CHANGED_PIXELS_TOLERANCE) {
            write(diff.image(), SCREENSHOTS.resolve(name + "-diff.png"));
        }
        assertThat(diff.changedShare())
                .as("share of pixels of %s that differ from its baseline (diff in target/screenshots/%s-diff.png;"
                        + " scripts/update-screenshot-baselines accepts a new look)", name, name)
                .isLessThanOrEqualTo(CHANGED_PIXELS_TOLERANCE);
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
