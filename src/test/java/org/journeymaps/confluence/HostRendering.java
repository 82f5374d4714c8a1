package org.journeymaps.confluence;

import com.atlassian.templaterenderer.TemplateRenderer;
import org.journeymaps.devhost.PluginLoader;
import org.journeymaps.devhost.app.AppRoot;
import org.journeymaps.devhost.descriptor.PluginDescriptor;
import org.journeymaps.devhost.i18n.DevI18nResolver;
import org.journeymaps.devhost.velocity.MethodAllowlist;
import org.journeymaps.devhost.velocity.VelocityTemplateRenderer;

import java.util.Locale;

/** Rendering as the host does it, from the real descriptor: its i18n bundles and its Velocity allowlist. */
public final class HostRendering {

    private HostRendering() {
    }

    public static DevI18nResolver i18n(Locale locale) {
        return new DevI18nResolver(descriptor().i18n(), loader(), () -> locale);
    }

    public static TemplateRenderer renderer(DevI18nResolver i18n) {
        AppRoot root = AppRoot.locate(loader());
        return new VelocityTemplateRenderer(
                MethodAllowlist.forApp(descriptor().velocityAllowlist(), loader(), root::contains), i18n);
    }

    private static PluginDescriptor descriptor() {
        return PluginLoader.load(AppRoot.locate(loader()));
    }

    private static ClassLoader loader() {
        return HostRendering.class.getClassLoader();
    }
}
