package it.org.journeymaps.browser;

import java.awt.image.BufferedImage;

/** How two images of the same size differ: the share of pixels whose colour moved past a tolerance, and a diff image. */
record PixelDiff(double changedShare, BufferedImage image) {

    static PixelDiff of(BufferedImage expected, BufferedImage actual, int channelTolerance, int markColour) {
        int width = expected.getWidth();
        int height = expected.getHeight();
        BufferedImage marked = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        long changed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int before = expected.getRGB(x, y);
                int after = actual.getRGB(x, y);
                boolean differs = channelDistance(before, after) > channelTolerance;
                changed += differs ? 1 : 0;
                marked.setRGB(x, y, differs ? markColour : faded(after));
            }
        }
        return new PixelDiff((double) changed / ((long) width * height), marked);
    }

    private static int channelDistance(int a, int b) {
        int max = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            max = Math.max(max, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
        }
        return max;
    }

    /** The unchanged picture at a third of its opacity, so the marked pixels stand out where they are. */
    private static int faded(int argb) {
        return (argb & 0x00FFFFFF) | 0x55000000;
    }
}
