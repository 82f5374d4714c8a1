package org.journeymaps.devhost.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.devhost.app.AppRoot;
import org.journeymaps.devhost.webresource.WebResourceRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

/**
 * Serves the app's download resources as Confluence does, at
 * {@code /download/resources/<pluginKey>:<moduleKey>/<name>} (a web-resource's files) and
 * {@code /download/resources/<pluginKey>/<name>} (the plugin's own download resources); also the platform's
 * web resources devhost plays (AUI) under their keys.
 */
final class DownloadServlet extends HttpServlet {

    static final String PATH = "/download/resources";
    private static final long serialVersionUID = 1L;

    private final transient WebResourceRegistry registry;
    private final transient AppRoot appRoot;

    DownloadServlet(WebResourceRegistry registry, AppRoot appRoot) {
        this.registry = registry;
        this.appRoot = appRoot;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        Optional<WebResourceRegistry.Located> located = slash <= 0 ? Optional.empty()
                : registry.locate(path.substring(0, slash), path.substring(slash + 1));
        Optional<URL> file = located.flatMap(l -> l.platform() ? registry.platformFile(l) : appRoot.resource(l.location()));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such resource");
            return;
        }
        String contentType = located.get().contentType() != null ? located.get().contentType()
                : getServletContext().getMimeType(path);
        response.setContentType(contentType == null ? "application/octet-stream" : contentType);
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = file.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
