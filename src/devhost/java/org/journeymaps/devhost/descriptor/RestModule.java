package org.journeymaps.devhost.descriptor;

import java.util.List;

/** A {@code <rest>} module: served under {@code /rest/<path>/<version>/} and {@code /rest/<path>/latest/}. */
public record RestModule(String key, String path, String version, List<String> packages) {

    public RestModule {
        packages = List.copyOf(packages);
    }

    /** The path without slashes at either end, e.g. {@code journeymaps}. */
    public String trimmedPath() {
        return path.replaceAll("^/+|/+$", "");
    }
}
