package org.journeymaps.devhost.descriptor;

import java.util.List;

/**
 * A {@code <web-resource>}: files to serve and link, the web resources it depends on (complete keys), and the
 * contexts ({@code <context>}) a page may require it by.
 */
public record WebResourceModule(String key, List<String> dependencies, List<DownloadResource> resources,
                                List<String> contexts) {

    public WebResourceModule {
        dependencies = List.copyOf(dependencies);
        resources = List.copyOf(resources);
        contexts = List.copyOf(contexts);
    }

    /** A web resource in no context, required by key only. */
    public WebResourceModule(String key, List<String> dependencies, List<DownloadResource> resources) {
        this(key, dependencies, resources, List.of());
    }
}
