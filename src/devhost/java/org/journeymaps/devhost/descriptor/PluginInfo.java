package org.journeymaps.devhost.descriptor;

import java.util.Map;

/** {@code <plugin-info>}: what the Universal Plugin Manager would show. */
public record PluginInfo(String description, String version, Map<String, String> params) {

    public PluginInfo {
        params = Map.copyOf(params);
    }
}
