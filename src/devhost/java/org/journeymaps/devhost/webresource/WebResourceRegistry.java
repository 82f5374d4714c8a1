package org.journeymaps.devhost.webresource;

import org.journeymaps.devhost.descriptor.DescriptorException;
import org.journeymaps.devhost.descriptor.DownloadResource;
import org.journeymaps.devhost.descriptor.WebResourceModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's web resources, as the WRM knows them: complete keys {@code pluginKey:moduleKey}, their files
 * and their dependencies. Of other plugins' web resources, devhost serves those it plays
 * ({@link PlatformWebResources}: AUI); the others may be named as dependencies and are marked in the page,
 * but carry no files.
 */
public final class WebResourceRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(WebResourceRegistry.class);

    private final String pluginKey;
    private final Map<String, WebResourceModule> modules = new LinkedHashMap<>();
    private final List<DownloadResource> pluginDownloads;
    private final PlatformWebResources platform;
    private final Set<String> reportedForeignKeys = ConcurrentHashMap.newKeySet();

    public WebResourceRegistry(String pluginKey, List<WebResourceModule> webResources,
                               List<DownloadResource> pluginDownloads, PlatformWebResources platform) {
        this.pluginKey = pluginKey;
        this.pluginDownloads = List.copyOf(pluginDownloads);
        this.platform = platform;
        for (WebResourceModule module : webResources) {
            if (modules.put(pluginKey + ":" + module.key(), module) != null) {
                throw new DescriptorException("web-resource '" + module.key() + "' is declared twice");
            }
        }
        modules.keySet().forEach(key -> inDependencyOrder(List.of(key)));
    }

    public String pluginKey() {
        return pluginKey;
    }

    /** Fails unless the key could be required: well-formed, and declared if it is one of the app's. */
    public void checkRequirable(String completeKey) {
        int colon = completeKey == null ? -1 : completeKey.indexOf(':');
        if (colon <= 0 || colon == completeKey.length() - 1) {
            throw new IllegalArgumentException("completeKey: expected pluginKey:moduleKey, got '" + completeKey + "'");
        }
        if (isOwn(completeKey) && !modules.containsKey(completeKey)) {
            throw new IllegalArgumentException("completeKey: the app declares no web-resource '" + completeKey + "'");
        }
    }

    /** The app's web resources in the context, in descriptor order (as the WRM's context batch holds them). */
    public List<String> inContext(String context) {
        return modules.entrySet().stream().filter(e -> e.getValue().contexts().contains(context))
                .map(Map.Entry::getKey).toList();
    }

    /** The keys with their dependencies, each after what it depends on, each once. */
    public List<String> inDependencyOrder(Collection<String> required) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : required) {
            visit(key, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    /** The {@code <script>}/{@code <link>} tags for the required web resources and their dependencies. */
    public String tags(Collection<String> required, String contextPath) {
        StringBuilder html = new StringBuilder();
        for (String key : inDependencyOrder(required)) {
            WebResourceModule module = module(key).orElse(null);
            if (module == null) {
                if (reportedForeignKeys.add(key)) {
                    LOG.warn("Web resource {} belongs to another plugin; devhost does not serve it", key);
                }
                html.append("<!-- web-resource ").append(key.replace("--", "- -"))
                        .append(" is provided by Confluence, not by devhost -->\n");
                continue;
            }
            for (DownloadResource resource : module.resources()) {
                String url = contextPath + "/download/resources/" + key + "/" + resource.name();
                if (resource.name().endsWith(".js")) {
                    html.append("<script src=\"").append(url).append("\" data-wrm-key=\"").append(key)
                            .append("\"></script>\n");
                } else if (resource.name().endsWith(".css")) {
                    html.append("<link rel=\"stylesheet\" href=\"").append(url).append("\" data-wrm-key=\"")
                            .append(key).append("\">\n");
                }
            }
        }
        return html.toString();
    }

    /**
     * The resource a download URL names: {@code moduleRef} is {@code pluginKey:moduleKey} for a
     * web-resource's files (the app's or one devhost plays), or {@code pluginKey} for the plugin's own
     * download resources.
     */
    public Optional<Located> locate(String moduleRef, String name) {
        List<DownloadResource> candidates;
        if (moduleRef.equals(pluginKey)) {
            candidates = pluginDownloads;
        } else {
            Optional<WebResourceModule> module = module(moduleRef);
            if (module.isEmpty()) {
                return Optional.empty();
            }
            candidates = module.get().resources();
        }
        boolean fromPlatform = !moduleRef.equals(pluginKey) && !isOwn(moduleRef);
        for (DownloadResource resource : candidates) {
            if (resource.isFolder() && name.startsWith(resource.name())) {
                return Optional.of(new Located(resource.location() + name.substring(resource.name().length()), null,
                        fromPlatform));
            }
            if (resource.name().equals(name)) {
                return Optional.of(new Located(resource.location(), resource.contentType(), fromPlatform));
            }
        }
        return Optional.empty();
    }

    /** A file of a web resource devhost plays for the platform ({@link Located#platform()}). */
    public Optional<URL> platformFile(Located located) {
        return platform.file(located.location());
    }

    /**
     * Where a download lives and its declared content type if any: in the app, or, when {@code platform}, in
     * the packages devhost plays the platform's web resources from.
     */
    public record Located(String location, String contentType, boolean platform) {
    }

    private Optional<WebResourceModule> module(String completeKey) {
        return isOwn(completeKey) ? Optional.ofNullable(modules.get(completeKey)) : platform.module(completeKey);
    }

    private boolean isOwn(String completeKey) {
        return completeKey.startsWith(pluginKey + ":");
    }

    private void visit(String key, Set<String> ordered, Set<String> path) {
        if (ordered.contains(key)) {
            return;
        }
        if (!path.add(key)) {
            throw new DescriptorException("web-resource dependency cycle: " + String.join(" -> ", path) + " -> " + key);
        }
        WebResourceModule module = module(key).orElse(null);
        if (module == null && isOwn(key)) {
            throw new DescriptorException("web-resource dependency on undeclared '" + key + "' (via "
                    + String.join(" -> ", path) + ")");
        }
        if (module != null) {
            for (String dependency : module.dependencies()) {
                visit(dependency, ordered, path);
            }
        }
        path.remove(key);
        ordered.add(key);
    }
}
