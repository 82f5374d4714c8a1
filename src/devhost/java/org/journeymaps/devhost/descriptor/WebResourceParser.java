package org.journeymaps.devhost.descriptor;

import org.w3c.dom.Element;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code <web-resource>} modules, from atlassian-plugin.xml or from the descriptors the webpack
 * plugin writes to {@code META-INF/plugin-descriptors/} (root {@code <bundles>} holding web-resources).
 * Contexts are kept (a page may require them); transformations and conditions are accepted and not applied.
 */
public final class WebResourceParser {

    /** Parses a webpack-generated descriptor file. */
    public List<WebResourceModule> parseFile(InputStream in, String source) {
        Element root = Xml.parseRoot(in, source);
        if (root.getTagName().equals("web-resource")) {
            return List.of(parse(root, source));
        }
        List<WebResourceModule> modules = new ArrayList<>();
        for (Element child : Xml.children(root)) {
            if (!child.getTagName().equals("web-resource")) {
                throw new DescriptorException(source + ": unsupported element <" + child.getTagName()
                        + "> (devhost reads only <web-resource> from plugin-descriptors)");
            }
            modules.add(parse(child, source));
        }
        return modules;
    }

    WebResourceModule parse(Element element, String source) {
        String key = Xml.requiredAttribute(element, "key", source);
        String where = source + ": web-resource '" + key + "'";
        List<String> dependencies = new ArrayList<>();
        List<DownloadResource> resources = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        for (Element child : Xml.children(element)) {
            switch (child.getTagName()) {
                case "dependency" -> dependencies.add(Xml.text(child));
                case "resource" -> resources.add(downloadResource(child, where));
                case "context" -> contexts.add(Xml.text(child));
                case "description", "transformation", "condition", "conditions" -> {
                    // Transformations and conditions are the WRM's business in Confluence; devhost serves the
                    // files untransformed, to every user.
                }
                default -> throw new DescriptorException(where + ": <" + child.getTagName()
                        + "> is not supported by devhost");
            }
        }
        return new WebResourceModule(key, dependencies, resources, contexts);
    }

    static DownloadResource downloadResource(Element resource, String where) {
        String type = Xml.requiredAttribute(resource, "type", where);
        String name = Xml.requiredAttribute(resource, "name", where);
        if (!type.equals("download")) {
            throw new DescriptorException(where + ": resource '" + name + "' has type '" + type
                    + "'; devhost serves only type=\"download\" here");
        }
        String location = Xml.requiredAttribute(resource, "location", where);
        String contentType = null;
        for (Element param : Xml.children(resource, "param")) {
            if ("content-type".equals(param.getAttribute("name"))) {
                contentType = Xml.requiredAttribute(param, "value", where + ", resource '" + name + "'");
            }
        }
        return new DownloadResource(name, location, contentType);
    }
}
