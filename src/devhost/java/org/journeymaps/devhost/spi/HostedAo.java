package org.journeymaps.devhost.spi;

import java.util.Map;

/**
 * What an {@link AoModuleHost} offers: host services keyed by the type the app imports (e.g.
 * {@code ActiveObjects.class}), and whether the database held none of the module's tables before this
 * start (then devhost runs the {@link DemoSeeder}s' data seeding).
 */
public record HostedAo(Map<Class<?>, Object> services, boolean freshDatabase) {

    public HostedAo {
        services = Map.copyOf(services);
        services.forEach((type, service) -> {
            if (!type.isInstance(service)) {
                throw new IllegalArgumentException("services: " + service.getClass().getName() + " is not a "
                        + type.getName());
            }
        });
    }
}
