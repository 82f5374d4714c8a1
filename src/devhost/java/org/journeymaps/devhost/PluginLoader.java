package org.journeymaps.devhost;

import org.journeymaps.devhost.app.AppRoot;
import org.journeymaps.devhost.descriptor.DescriptorException;
import org.journeymaps.devhost.descriptor.DescriptorParser;
import org.journeymaps.devhost.descriptor.PluginDescriptor;
import org.journeymaps.devhost.descriptor.WebResourceParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/** Reads the app's atlassian-plugin.xml and the web-resource descriptors the webpack build adds. */
public final class PluginLoader {

    private PluginLoader() {
    }

    public static PluginDescriptor load(AppRoot root) {
        PluginDescriptor descriptor;
        try (InputStream in = root.descriptor().openStream()) {
            descriptor = new DescriptorParser().parse(in, root.descriptor().toExternalForm());
        } catch (IOException e) {
            throw new DescriptorException("Cannot read " + root.descriptor(), e);
        }
        WebResourceParser webResources = new WebResourceParser();
        for (URL generated : root.pluginDescriptors()) {
            try (InputStream in = generated.openStream()) {
                descriptor = descriptor.withWebResources(webResources.parseFile(in, generated.toExternalForm()));
            } catch (IOException e) {
                throw new DescriptorException("Cannot read " + generated, e);
            }
        }
        return descriptor;
    }
}
