package org.journeymaps.devhost.descriptor;

import java.util.List;

/**
 * What the app's {@code atlassian-plugin.xml} (plus webpack-generated descriptors) declares, in the
 * module types devhost hosts.
 */
public record PluginDescriptor(String key, String name, PluginInfo info, List<I18nResource> i18n,
                               List<DownloadResource> downloads, List<AoModule> aoModules,
                               List<RestModule> restModules, List<MacroModule> macros,
                               List<ServletModule> servlets, List<WebResourceModule> webResources,
                               List<String> velocityAllowlist, List<WebItemModule> webItems) {

    public PluginDescriptor {
        i18n = List.copyOf(i18n);
        downloads = List.copyOf(downloads);
        aoModules = List.copyOf(aoModules);
        restModules = List.copyOf(restModules);
        macros = List.copyOf(macros);
        servlets = List.copyOf(servlets);
        webResources = List.copyOf(webResources);
        velocityAllowlist = List.copyOf(velocityAllowlist);
        webItems = List.copyOf(webItems);
    }

    /** The same descriptor with more web resources (from {@code META-INF/plugin-descriptors}). */
    public PluginDescriptor withWebResources(List<WebResourceModule> more) {
        List<WebResourceModule> all = new java.util.ArrayList<>(webResources);
        all.addAll(more);
        return new PluginDescriptor(key, name, info, i18n, downloads, aoModules, restModules, macros, servlets, all,
                velocityAllowlist, webItems);
    }
}
