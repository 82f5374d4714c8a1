package org.journeymaps.devhost.descriptor;

import java.util.List;

/**
 * A {@code <servlet>}: {@code className} extends a jakarta servlet, served at {@code /plugins/servlet} followed by
 * each of its {@code <url-pattern>}s (each starting with {@code /}, e.g. {@code /journeymaps/editor} or
 * {@code /journeymaps/*}).
 */
public record ServletModule(String key, String className, List<String> urlPatterns) {

    public ServletModule {
        urlPatterns = List.copyOf(urlPatterns);
    }
}
