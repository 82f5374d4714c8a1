package org.journeymaps.confluence.macro;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XHTML to PDF with OpenHTMLtoPDF (the maintained fork of Flying Saucer, the renderer family of Confluence's PDF
 * export). The PDF's built-in fonts lack French typography's narrow no-break space and the minus sign, so the
 * first sans-serif family found among the server's usual font folders is embedded (subset) as "Liberation
 * Sans", the stylesheet's first installed choice.
 */
public final class HtmlToPdf {

    static final String FAMILY = "Liberation Sans";
    private static final Pattern STYLE = Pattern.compile("<style>.*?</style>", Pattern.DOTALL);
    /** Regular, bold, italic, bold italic of each candidate family. */
    private static final List<List<String>> FAMILIES = List.of(
            List.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-BoldItalic.ttf"),
            List.of("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
                    "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
                    "/usr/share/fonts/truetype/liberation2/LiberationSans-BoldItalic.ttf"),
            List.of("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf", "C:/Windows/Fonts/ariali.ttf",
                    "C:/Windows/Fonts/arialbi.ttf"),
            List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"));
    private static final Optional<List<File>> FONTS = FAMILIES.stream()
            .map(paths -> paths.stream().map(File::new).toList())
            .filter(files -> files.stream().allMatch(File::isFile)).findFirst();

    static {
        // Its diagnostics go to java.util.logging on every render; problems surface as exceptions instead.
        XRLog.setLoggingEnabled(false);
    }

    private HtmlToPdf() {
    }

    /**
     * A page of well-formed XHTML body content, with its style elements moved into the head: these renderers only
     * read styles there, and Confluence's PDF export applies the style elements that macros write in the body.
     */
    public static byte[] pdf(String titleHtml, String bodyXhtml) throws IOException {
        StringBuilder styles = new StringBuilder();
        Matcher style = STYLE.matcher(bodyXhtml);
        while (style.find()) {
            styles.append(style.group());
        }
        return pdf("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
                + "<title>" + titleHtml + "</title>" + styles + "</head><body style=\"margin: 0\">"
                + STYLE.matcher(bodyXhtml).replaceAll("") + "</body></html>");
    }

    private static byte[] pdf(String xhtml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        FONTS.ifPresent(files -> {
            builder.useFont(files.get(0), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(files.get(1), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(files.get(2), FAMILY, 400, FontStyle.ITALIC, true);
            builder.useFont(files.get(3), FAMILY, 700, FontStyle.ITALIC, true);
        });
        builder.withHtmlContent(xhtml, null).toStream(out).run();
        return out.toByteArray();
    }
}
