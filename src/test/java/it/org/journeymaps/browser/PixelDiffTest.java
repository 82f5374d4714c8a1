package it.org.journeymaps.browser;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class PixelDiffTest {

    private static BufferedImage filled(int rgb) {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    @Test
    void identicalImagesDoNotDiffer() {
        assertThat(PixelDiff.of(filled(0xFF336699), filled(0xFF336699), 24, 0xFFFF00FF).changedShare()).isZero();
    }

    @Test
    void smallColourShiftsStayWithinTheToleranceAndLargeOnesCount() {
        BufferedImage actual = filled(0xFF336699);
        actual.setRGB(0, 0, 0xFF3A6699);
        actual.setRGB(1, 0, 0xFFFF6699);
        actual.setRGB(2, 0, 0xFF3366FF);

        PixelDiff diff = PixelDiff.of(filled(0xFF336699), actual, 24, 0xFFFF00FF);

        assertThat(diff.changedShare()).isEqualTo(0.02);
        assertThat(diff.image().getRGB(1, 0)).isEqualTo(0xFFFF00FF);
        assertThat(diff.image().getRGB(0, 0)).isNotEqualTo(0xFFFF00FF);
    }
}
