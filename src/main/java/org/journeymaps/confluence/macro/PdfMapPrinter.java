package org.journeymaps.confluence.macro;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.map.MapView;
import org.journeymaps.app.export.MapPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The map's PDF download: the same print layout as the macro's PDF export, in a page of its own, turned into
 * PDF on the server so pages, repeated lane headers and selectable text come out as in Confluence's export.
 */
@Named
public class PdfMapPrinter implements MapPrinter {

    private final MapPrintRenderer renderer;

    @Inject
    public PdfMapPrinter(MapPrintRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public byte[] pdf(MapView view, boolean landscape) {
        try {
            String body = renderer.html(view, MacroOptions.parse(Map.of()), "pdf", landscape);
            return HtmlToPdf.pdf(Texts.html(view.content().map().title()), body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the journey map", e);
        }
    }
}
