package org.journeymaps.devhost.app;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The classpath root that holds the app, i.e. what would be the plugin jar: the one root with an
 * {@code atlassian-plugin.xml} (in the default build, {@code target/classes}). Devhost wires, serves and
 * allowlists only what lives here, never devhost's own or test classes.
 */
public final class AppRoot {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    private final URL root;

    private AppRoot(URL root) {
        this.root = root;
    }

    public static AppRoot locate(ClassLoader loader) {
        List<URL> found;
        try {
            found = Collections.list(loader.getResources(DESCRIPTOR));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the classpath for " + DESCRIPTOR, e);
        }
        if (found.size() != 1) {
            throw new IllegalStateException("Expected exactly one " + DESCRIPTOR + " on the classpath (the app's, "
                    + "from target/classes), found " + found.size() + ": " + found);
        }
        String descriptor = found.get(0).toExternalForm();
        return new AppRoot(url(descriptor.substring(0, descriptor.length() - DESCRIPTOR.length())));
    }

    /** A root at the given classpath folder or jar URL (ending in {@code /}); for tests of app wiring. */
    static AppRoot at(URL root) {
        return new AppRoot(root);
    }

    public URL descriptor() {
        return url(root.toExternalForm() + DESCRIPTOR);
    }

    /** Whether the class was loaded from the app (and not from devhost, tests or a library). */
    public boolean contains(Class<?> type) {
        if (type.isArray() || type.isPrimitive() || type.getClassLoader() == null) {
            return false;
        }
        URL classFile = type.getClassLoader().getResource(type.getName().replace('.', '/') + ".class");
        return classFile != null && contains(classFile);
    }

    public boolean contains(URL url) {
        if (isFile(root) && isFile(url)) {
            return path(url).startsWith(path(root));
        }
        return url.toExternalForm().startsWith(root.toExternalForm());
    }

    /** A file of the app by its location in the jar (as in descriptor {@code location}s), if it exists. */
    public Optional<URL> resource(String location) {
        String relative = location.startsWith("/") ? location.substring(1) : location;
        if (relative.isEmpty() || List.of(relative.split("/")).contains("..")) {
            return Optional.empty();
        }
        URL url = url(root.toExternalForm() + relative);
        if (isFile(url)) {
            return Files.isRegularFile(path(url)) ? Optional.of(url) : Optional.empty();
        }
        try (var in = url.openStream()) {
            return Optional.of(url);
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    /** Descriptors written by the web-resource webpack plugin ({@code META-INF/plugin-descriptors/*.xml}). */
    public List<URL> pluginDescriptors() {
        try {
            List<URL> urls = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources(root.toExternalForm() + "META-INF/plugin-descriptors/*.xml")) {
                urls.add(resource.getURL());
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list META-INF/plugin-descriptors in " + root, e);
        }
    }

    @Override
    public String toString() {
        return root.toExternalForm();
    }

    private static boolean isFile(URL url) {
        return url.getProtocol().equals("file");
    }

    private static Path path(URL url) {
        try {
            return Path.of(url.toURI()).normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a file URL: " + url, e);
        }
    }

    private static URL url(String spec) {
        try {
            return new URL(spec);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Bad URL " + spec, e);
        }
    }
}
