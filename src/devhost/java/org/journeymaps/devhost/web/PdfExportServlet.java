package org.journeymaps.devhost.web;

import com.atlassian.confluence.pages.Page;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.confluence.macro.HtmlToPdf;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.render.DevConversionContext;
import org.journeymaps.devhost.render.StorageToView;

import java.io.IOException;
import java.util.Optional;

import static com.atlassian.confluence.pages.DevHostPages.idOf;
import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

/**
 * {@code /devhost/pdf?pageId=N}: Confluence's "Export to PDF" of a page, played the way Confluence does it:
 * the page's body converted for output type {@code pdf}, under its title, laid out by a Flying Saucer-family
 * renderer (OpenHTMLtoPDF, through the app's converter so the fonts are the same as the map's PDF download).
 * Like Confluence's export, it applies the style elements macros write in the body (users' "PDF CSS" user
 * macros rely on it).
 */
final class PdfExportServlet extends HttpServlet {

    static final String PATH = "/devhost/pdf";
    private static final long serialVersionUID = 1L;

    private final transient DevDirectory directory;
    private final transient StorageToView storageToView;
    private final transient PageAccess access;

    PdfExportServlet(DevDirectory directory, StorageToView storageToView, PageAccess access) {
        this.directory = directory;
        this.storageToView = storageToView;
        this.access = access;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Page> page = access.viewable(request.getParameter("pageId"));
        if (page.isEmpty()) {
            access.notFound(request, response);
            return;
        }
        String body = storageToView.convert(directory.body(idOf(page.get())), new DevConversionContext("pdf"));
        String title = htmlEncode(page.get().getTitle());
        byte[] pdf = HtmlToPdf.pdf(title, "<h1 style=\"font: bold 14pt 'Liberation Sans', Arial, sans-serif;"
                + " margin: 0 0 3mm 0\">" + title + "</h1>" + body);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"page-" + idOf(page.get()) + ".pdf\"");
        response.getOutputStream().write(pdf);
    }
}
