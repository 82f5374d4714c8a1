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
 * Confluence's own web resources that devhost plays, so the app's pages look and behave as in Confluence:
 * the WRM's {@value #CONTEXT_PATH} ({@code AJS.contextPath()}, which webpack bundles call) from devhost's own
 * script, devhost's editor ({@value #EDITOR}), and AUI ({@value #AUI}) with the jQuery it needs from {@code frontend/node_modules} (the build
 * installs them). Files are named as the WRM would serve them under the key; AUI's CSS finds its fonts and
 * images beside it. Keys not played here stay unserved and marked in the page.
 */
public final class PlatformWebResources {

    public static final String AUI = "com.atlassian.auiplugin:ajs";
    public static final String CONTEXT_PATH = "com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path";
    /**
     * Devhost's stand-in for Confluence's page editor and macro browser (a contenteditable surface, macro
     * placeholders, {@code AJS.MacroBrowser}, {@code tinymce.confluence.macrobrowser}); devhost's own key, since it
     * plays several of Confluence's web resources at once.
     */
    public static final String EDITOR = "org.journeymaps.devhost:confluence-editor";
    /** Where the build installs the front end's packages, from the project folder devhost runs in. */
    public static final Path NODE_MODULES = Path.of("frontend", "node_modules");

    private static final Logger LOG = LoggerFactory.getLogger(PlatformWebResources.class);
    private static final String AUI_DIST = "@atlassian/aui/dist/aui/";
    /** Locations with this prefix are devhost's own files on the classpath, the others are under node_modules. */
    private static final String DEVHOST_FILE = "devhost:";
    private static final WebResourceModule CONTEXT_PATH_MODULE = new WebResourceModule("context-path", List.of(),
            List.of(new DownloadResource("context-path.js", DEVHOST_FILE + "devhost-platform/context-path.js", null)));
    private static final WebResourceModule EDITOR_MODULE = new WebResourceModule("confluence-editor",
            List.of(CONTEXT_PATH, AUI), List.of(
            new DownloadResource("confluence-editor.js", DEVHOST_FILE + "devhost-platform/confluence-editor.js", null),
            new DownloadResource("confluence-editor.css", DEVHOST_FILE + "devhost-platform/confluence-editor.css", null)));

    private final Path nodeModules;
    private final Map<String, WebResourceModule> modules;

    private PlatformWebResources(Path nodeModules, Map<String, WebResourceModule> modules) {
        this.nodeModules = nodeModules.toAbsolutePath().normalize();
        this.modules = Map.copyOf(modules);
    }

    /** The context path, and AUI from the packages in {@code nodeModules} unless (with a warning) they are missing. */
    public static PlatformWebResources from(Path nodeModules) {
        if (!Files.isDirectory(nodeModules.resolve(AUI_DIST)) || !Files.isDirectory(nodeModules.resolve("jquery"))) {
            LOG.warn("AUI is not installed in {} (run the Maven build, which runs npm ci); pages will lack AUI",
                    nodeModules.toAbsolutePath());
            return new PlatformWebResources(nodeModules, Map.of(CONTEXT_PATH, CONTEXT_PATH_MODULE, EDITOR, EDITOR_MODULE));
        }
        return new PlatformWebResources(nodeModules, Map.of(CONTEXT_PATH, CONTEXT_PATH_MODULE, EDITOR, EDITOR_MODULE,
                AUI, new WebResourceModule("ajs", List.of(), List.of(
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

    /**
     * A file by its location: devhost's own, or under {@code node_modules}; never one the location climbs to
     * with {@code ..}.
     */
    public Optional<URL> file(String location) {
        if (List.of(location.split("/")).contains("..")) {
            return Optional.empty();
        }
        if (location.startsWith(DEVHOST_FILE)) {
            return Optional.ofNullable(PlatformWebResources.class.getClassLoader()
                    .getResource(location.substring(DEVHOST_FILE.length())));
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
