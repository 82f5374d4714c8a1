package org.journeymaps.devhost.descriptor;

import java.util.List;

/** A {@code <web-resource>}: files to serve and link, and the web resources it depends on (complete keys). */
public record WebResourceModule(String key, List<String> dependencies, List<DownloadResource> resources) {

    public WebResourceModule {
        dependencies = List.copyOf(dependencies);
        resources = List.copyOf(resources);
    }
}
