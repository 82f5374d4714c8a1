package org.journeymaps.devhost;

import com.atlassian.confluence.macro.Macro;
import jakarta.servlet.Servlet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.journeymaps.devhost.app.AppContainer;
import org.journeymaps.devhost.app.AppRoot;
import org.journeymaps.devhost.descriptor.DescriptorException;
import org.journeymaps.devhost.descriptor.MacroModule;
import org.journeymaps.devhost.descriptor.PluginDescriptor;
import org.journeymaps.devhost.descriptor.RestModule;
import org.journeymaps.devhost.descriptor.ServletModule;
import org.journeymaps.devhost.render.MacroRegistry;
import org.journeymaps.devhost.rest.RestEndpoint;
import org.journeymaps.devhost.web.HostedServlet;
import org.journeymaps.devhost.web.ServletAccess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates the app's module objects the plugin container would: macros, servlets and REST resources/providers. */
final class AppModules {

    private final AppContainer container;
    private final AppRoot root;
    private final ClassLoader loader;

    AppModules(AppContainer container, AppRoot root, ClassLoader loader) {
        this.container = container;
        this.root = root;
        this.loader = loader;
    }

    MacroRegistry macros(List<MacroModule> modules) {
        Map<String, Macro> byName = new LinkedHashMap<>();
        for (MacroModule module : modules) {
            String where = "xhtml-macro '" + module.key() + "'";
            Class<?> type = load(module.className(), where);
            if (!Macro.class.isAssignableFrom(type) || !root.contains(type)) {
                throw new DescriptorException(where + ": " + module.className()
                        + " must be an app class implementing com.atlassian.confluence.macro.Macro");
            }
            if (byName.put(module.name(), (Macro) container.create(type)) != null) {
                throw new DescriptorException(where + ": another macro is already named '" + module.name() + "'");
            }
        }
        return new MacroRegistry(byName);
    }

    List<HostedServlet> servlets(List<ServletModule> modules) {
        List<HostedServlet> servlets = new ArrayList<>();
        for (ServletModule module : modules) {
            String where = "servlet '" + module.key() + "'";
            Class<?> type = load(module.className(), where);
            if (!Servlet.class.isAssignableFrom(type) || !root.contains(type)) {
                throw new DescriptorException(where + ": " + module.className()
                        + " must be an app class implementing jakarta.servlet.Servlet");
            }
            ServletAccess access;
            try {
                access = ServletAccess.of(type);
            } catch (IllegalStateException unannotated) {
                throw new DescriptorException(where + ": " + unannotated.getMessage(), unannotated);
            }
            servlets.add(new HostedServlet(module.key(), (Servlet) container.create(type),
                    module.urlPatterns().stream().map(pattern -> HostedServlet.PREFIX + pattern).toList(), access));
        }
        return servlets;
    }

    List<RestEndpoint> restEndpoints(PluginDescriptor descriptor, DevHostConfig config) {
        List<RestEndpoint> endpoints = new ArrayList<>();
        for (RestModule module : descriptor.restModules()) {
            endpoints.add(RestEndpoint.of(module.path(), module.version(),
                    create(container.appClassesAnnotatedWith(Path.class, module.packages())),
                    create(container.appClassesAnnotatedWith(Provider.class, module.packages())),
                    config.anonymousAccess()));
        }
        for (DevHostConfig.ExtraRestModule module : config.extraRestModules()) {
            endpoints.add(RestEndpoint.of(module.path(), module.version(),
                    create(module.classes().stream().filter(c -> !c.isAnnotationPresent(Provider.class)).toList()),
                    create(module.classes().stream().filter(c -> c.isAnnotationPresent(Provider.class)).toList()),
                    config.anonymousAccess()));
        }
        return endpoints;
    }

    private List<Object> create(List<Class<?>> classes) {
        return classes.stream().<Object>map(container::create).toList();
    }

    private Class<?> load(String className, String where) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new DescriptorException(where + ": class " + className + " not found", e);
        }
    }
}
