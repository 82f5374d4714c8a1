package org.journeymaps.devhost.rest;

import jakarta.servlet.Servlet;
import jakarta.ws.rs.ext.ContextResolver;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import java.util.List;

/**
 * A {@code <rest>} module served by Jersey under {@code /rest/<path>/<version>/} and
 * {@code /rest/<path>/latest/}: the app's resources and providers (already created, with their
 * dependencies injected), Jackson (with the host's default mapper unless the app resolves its own), and
 * the access-annotation check.
 */
public record RestEndpoint(String name, List<String> pathSpecs, Servlet servlet) {

    public static RestEndpoint of(String path, String version, List<Object> resources, List<Object> providers,
                                  boolean anonymousAccess) {
        RestAccessValidator.validate(resources.stream().<Class<?>>map(Object::getClass).toList());
        ResourceConfig config = new ResourceConfig();
        resources.forEach(config::register);
        providers.forEach(config::register);
        // The app maps its own errors (JSON ones included), as it must in Confluence.
        config.register(JacksonFeature.withoutExceptionMappers());
        if (providers.stream().noneMatch(ContextResolver.class::isInstance)) {
            config.register(new ObjectMapperResolver());
        }
        config.register(new AccessAnnotationFilter(anonymousAccess));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        String base = "/rest/" + path.replaceAll("^/+|/+$", "");
        return new RestEndpoint("rest:" + base + "/" + version, List.of(base + "/" + version + "/*", base + "/latest/*"),
                new ServletContainer(config));
    }
}
