package org.journeymaps.devhost.descriptor;

import org.w3c.dom.Element;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the app's {@code atlassian-plugin.xml}. Every module type devhost does not host is an error that
 * names it: a module silently ignored here would be a feature that silently does not exist.
 */
public final class DescriptorParser {

    private static final String SPACE_PERMISSION_CONDITION =
            "com.atlassian.confluence.plugin.descriptor.web.conditions.SpacePermissionCondition";

    private final WebResourceParser webResources = new WebResourceParser();

    public PluginDescriptor parse(InputStream in, String source) {
        Element root = Xml.parseRoot(in, source);
        if (!root.getTagName().equals("atlassian-plugin")) {
            throw new DescriptorException(source + ": root element must be <atlassian-plugin>, not <"
                    + root.getTagName() + ">");
        }
        String key = Xml.requiredAttribute(root, "key", source);
        if (key.contains("${")) {
            throw new DescriptorException(source + " is not Maven-filtered (plugin key is '" + key
                    + "'); devhost reads the filtered copy in target/classes: run mvn process-resources");
        }
        return new Modules(source).read(root, key, Xml.optionalAttribute(root, "name"));
    }

    /** Collects the modules of one descriptor, checking that module keys are unique. */
    private final class Modules {
        private final String source;
        private final Set<String> keys = new HashSet<>();
        private PluginInfo info = new PluginInfo(null, null, Map.of());
        private final List<I18nResource> i18n = new ArrayList<>();
        private final List<DownloadResource> downloads = new ArrayList<>();
        private final List<AoModule> ao = new ArrayList<>();
        private final List<RestModule> rest = new ArrayList<>();
        private final List<MacroModule> macros = new ArrayList<>();
        private final List<ServletModule> servlets = new ArrayList<>();
        private final List<WebResourceModule> webResourceModules = new ArrayList<>();
        private final List<String> velocityAllowlist = new ArrayList<>();
        private final List<WebItemModule> webItems = new ArrayList<>();

        Modules(String source) {
            this.source = source;
        }

        PluginDescriptor read(Element root, String key, String name) {
            for (Element module : Xml.children(root)) {
                switch (module.getTagName()) {
                    case "plugin-info" -> info = pluginInfo(module);
                    case "resource" -> resource(module);
                    case "ao" -> ao.add(new AoModule(moduleKey(module), Xml.requiredAttribute(module, "namespace", source),
                            Xml.texts(module, "entity"), Xml.texts(module, "upgradeTask")));
                    case "rest" -> rest.add(new RestModule(moduleKey(module), Xml.requiredAttribute(module, "path", source),
                            Xml.requiredAttribute(module, "version", source), Xml.texts(module, "package")));
                    case "rest-migration" -> requireRestV2(module);
                    case "xhtml-macro" -> macros.add(macro(module));
                    case "servlet" -> servlets.add(servlet(module));
                    case "web-item" -> webItems.add(webItem(module));
                    case "web-resource" -> {
                        moduleKey(module);
                        webResourceModules.add(webResources.parse(module, source));
                    }
                    case "velocity-allowlist" -> {
                        moduleKey(module);
                        velocityAllowlist.addAll(Xml.texts(module, "method"));
                    }
                    default -> throw new DescriptorException(source + ": module type <" + module.getTagName() + ">"
                            + keySuffix(module) + " is not supported by devhost");
                }
            }
            return new PluginDescriptor(key, name, info, i18n, downloads, ao, rest, macros, servlets,
                    webResourceModules, velocityAllowlist, webItems);
        }

        private String moduleKey(Element module) {
            String key = Xml.requiredAttribute(module, "key", source);
            if (!keys.add(key)) {
                throw new DescriptorException(source + ": module key '" + key + "' is used twice");
            }
            return key;
        }

        private PluginInfo pluginInfo(Element element) {
            Map<String, String> params = new LinkedHashMap<>();
            for (Element param : Xml.children(element, "param")) {
                params.put(Xml.requiredAttribute(param, "name", source + ": plugin-info"), Xml.text(param));
            }
            List<String> versions = Xml.texts(element, "version");
            List<String> descriptions = Xml.texts(element, "description");
            return new PluginInfo(descriptions.isEmpty() ? null : descriptions.get(0),
                    versions.isEmpty() ? null : versions.get(0), params);
        }

        private void resource(Element resource) {
            String type = Xml.requiredAttribute(resource, "type", source);
            String name = Xml.requiredAttribute(resource, "name", source);
            switch (type) {
                case "i18n" -> i18n.add(new I18nResource(name, Xml.requiredAttribute(resource, "location", source)));
                case "download" -> downloads.add(WebResourceParser.downloadResource(resource, source));
                default -> throw new DescriptorException(source + ": resource '" + name + "' of type '" + type
                        + "' is not supported by devhost");
            }
        }

        /** The REST v2 opt-in: devhost serves REST v2 only (as Confluence 10 does), so it must say so. */
        private void requireRestV2(Element module) {
            String key = moduleKey(module);
            if (Xml.children(module, "rest-v2").isEmpty()) {
                throw new DescriptorException(source + ": rest-migration '" + key
                        + "' must contain <rest-v2/> (Confluence 10 serves REST v2 only)");
            }
        }

        private MacroModule macro(Element module) {
            String key = moduleKey(module);
            String where = source + ": xhtml-macro '" + key + "'";
            return new MacroModule(key, Xml.requiredAttribute(module, "name", where),
                    Xml.requiredAttribute(module, "class", where));
        }

        private ServletModule servlet(Element module) {
            String key = moduleKey(module);
            String where = source + ": servlet '" + key + "'";
            String className = Xml.requiredAttribute(module, "class", where);
            List<String> patterns = Xml.texts(module, "url-pattern");
            if (patterns.isEmpty()) {
                throw new DescriptorException(where + " needs at least one <url-pattern>");
            }
            for (String pattern : patterns) {
                if (!pattern.startsWith("/") || pattern.indexOf('*') >= 0 && !pattern.endsWith("/*")
                        || pattern.indexOf('*') != pattern.lastIndexOf('*')) {
                    throw new DescriptorException(where + ": url-pattern '" + pattern
                            + "' must start with / and may only end in /*");
                }
            }
            for (Element child : Xml.children(module)) {
                if (!List.of("description", "url-pattern").contains(child.getTagName())) {
                    throw new DescriptorException(where + ": <" + child.getTagName() + "> is not supported by devhost");
                }
            }
            return new ServletModule(key, className, patterns);
        }

        /**
         * A link in the space tools' "Apps" section; other sections, other conditions and other link variables
         * are refused, as devhost would not show them as Confluence does.
         */
        private WebItemModule webItem(Element module) {
            String key = moduleKey(module);
            String where = source + ": web-item '" + key + "'";
            String section = Xml.requiredAttribute(module, "section", where);
            if (!section.equals(WebItemModule.SPACE_TOOLS_APPS)) {
                throw new DescriptorException(where + ": section '" + section + "' is not supported by devhost (only "
                        + WebItemModule.SPACE_TOOLS_APPS + ")");
            }
            String weight = Xml.optionalAttribute(module, "weight");
            String labelKey = null;
            String link = null;
            boolean spaceAdminsOnly = false;
            for (Element child : Xml.children(module)) {
                switch (child.getTagName()) {
                    case "description" -> { }
                    case "label" -> labelKey = Xml.requiredAttribute(child, "key", where + " <label>");
                    case "link" -> link = Xml.text(child);
                    case "condition" -> spaceAdminsOnly = spaceAdminCondition(child, where);
                    default -> throw new DescriptorException(where + ": <" + child.getTagName()
                            + "> is not supported by devhost");
                }
            }
            if (labelKey == null || link == null || !link.startsWith("/")) {
                throw new DescriptorException(where + " needs a <label key> and a <link> starting with /");
            }
            if (link.replace(WebItemModule.SPACE_KEY_VARIABLE, "").contains("$")) {
                throw new DescriptorException(where + ": the link may only use "
                        + WebItemModule.SPACE_KEY_VARIABLE);
            }
            return new WebItemModule(key, section, weight == null ? 0 : Integer.parseInt(weight), labelKey, link,
                    spaceAdminsOnly);
        }

        private boolean spaceAdminCondition(Element condition, String where) {
            String className = Xml.requiredAttribute(condition, "class", where + " <condition>");
            List<Element> params = Xml.children(condition, "param");
            boolean administer = params.size() == 1 && "permission".equals(params.get(0).getAttribute("name"))
                    && "administer".equals(Xml.text(params.get(0)));
            if (!className.equals(SPACE_PERMISSION_CONDITION) || !administer) {
                throw new DescriptorException(where + ": only the condition " + SPACE_PERMISSION_CONDITION
                        + " with permission=administer is supported by devhost");
            }
            return true;
        }

        private String keySuffix(Element module) {
            String key = Xml.optionalAttribute(module, "key");
            return key == null ? "" : " (key '" + key + "')";
        }
    }
}
