package org.journeymaps.devhost.webresource;

import org.journeymaps.devhost.descriptor.DownloadResource;
import org.journeymaps.devhost.descriptor.WebResourceModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confluence's own web resources that devhost plays from npm packages, so the app's pages look and behave as
 * in Confluence: AUI ({@value #AUI}) with the jQuery it needs, from {@code frontend/node_modules} (the build
 * installs them). Files are named as the WRM would serve them under the key; AUI's CSS finds its fonts and
 * images beside it. Keys not played here stay unserved and marked in the page.
 */
public final class PlatformWebResources {

    public static final String AUI = "com.atlassian.auiplugin:ajs";
    /** Where the build installs the front end's packages, from the project folder devhost runs in. */
    public static final Path NODE_MODULES = Path.of("frontend", "node_modules");

    private static final Logger LOG = LoggerFactory.getLogger(PlatformWebResources.class);
    private static final String AUI_DIST = "@atlassian/aui/dist/aui/";

    private final Path nodeModules;
    private final Map<String, WebResourceModule> modules;

    private PlatformWebResources(Path nodeModules, Map<String, WebResourceModule> modules) {
        this.nodeModules = nodeModules.toAbsolutePath().normalize();
        this.modules = Map.copyOf(modules);
    }

    /** AUI from the packages in {@code nodeModules}; none (with a warning) when they are not installed. */
    public static PlatformWebResources from(Path nodeModules) {
        if (!Files.isDirectory(nodeModules.resolve(AUI_DIST)) || !Files.isDirectory(nodeModules.resolve("jquery"))) {
            LOG.warn("AUI is not installed in {} (run the Maven build, which runs npm ci); pages will lack AUI",
                    nodeModules.toAbsolutePath());
            return none();
        }
        return new PlatformWebResources(nodeModules, Map.of(AUI, new WebResourceModule("ajs", List.of(), List.of(
                new DownloadResource("jquery.js", "jquery/dist/jquery.min.js", null),
                new DownloadResource("aui.js", AUI_DIST + "aui-prototyping.js", null),
                new DownloadResource("aui.css", AUI_DIST + "aui-prototyping.css", null),
                new DownloadResource("fonts/", AUI_DIST + "fonts/", null),
                new DownloadResource("images/", AUI_DIST + "images/", null)))));
    }

    public static PlatformWebResources none() {
        return new PlatformWebResources(Path.of("."), Map.of());
    }

    /** The web resource devhost plays for a complete key of another plugin, if it plays it. */
    public Optional<WebResourceModule> module(String completeKey) {
        return Optional.ofNullable(modules.get(completeKey));
    }

    /** A file by its location under {@code node_modules}; never one the location climbs to with {@code ..}. */
    public Optional<URL> file(String location) {
        if (List.of(location.split("/")).contains("..")) {
            return Optional.empty();
        }
        Path file = nodeModules.resolve(location).normalize();
        if (!file.startsWith(nodeModules) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(file.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Cannot address " + file, e);
        }
    }
}
