package org.journeymaps.devhost;

import org.journeymaps.devhost.descriptor.AoModule;
import org.journeymaps.devhost.descriptor.DescriptorException;
import org.journeymaps.devhost.spi.AoEnvironment;
import org.journeymaps.devhost.spi.AoModuleHost;
import org.journeymaps.devhost.spi.ComponentFactory;
import org.journeymaps.devhost.spi.HostedAo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's {@code <ao>} module, hosted by the {@link AoModuleHost} on the classpath. An app without one
 * has no database: its (absent) data counts as fresh on every start.
 */
final class AoHosting implements AutoCloseable {

    private final Optional<AoModuleHost> host;
    private final HostedAo hosted;

    private AoHosting(Optional<AoModuleHost> host, HostedAo hosted) {
        this.host = host;
        this.hosted = hosted;
    }

    static AoHosting host(List<AoModule> modules, DevHostConfig config, ClassLoader loader) {
        if (modules.isEmpty()) {
            return new AoHosting(Optional.empty(), new HostedAo(Map.of(), true));
        }
        if (modules.size() > 1) {
            throw new DescriptorException("devhost hosts one <ao> module per app, the descriptor declares "
                    + modules.size());
        }
        AoModule module = modules.get(0);
        AoModuleHost host = config.aoModuleHosts().get().orElseThrow(() -> new DescriptorException(
                "module type <ao> (key '" + module.key() + "') is not supported: no AoModuleHost implementation "
                        + "is on the classpath (META-INF/services/" + AoModuleHost.class.getName() + ")"));
        try {
            return new AoHosting(Optional.of(host), host.host(module,
                    new AoEnvironment(config.jdbcUrl(), config.dataDir(), loader)));
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    Map<Class<?>, Object> services() {
        return hosted.services();
    }

    boolean freshDatabase() {
        return hosted.freshDatabase();
    }

    void start(ComponentFactory components) {
        host.ifPresent(h -> h.start(components));
    }

    @Override
    public void close() {
        host.ifPresent(AoModuleHost::close);
    }
}
