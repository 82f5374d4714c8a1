package org.journeymaps.devhost.spi;

/**
 * Creates app classes the way the plugin container does (constructor injection of app components and
 * host services), e.g. AO upgrade tasks.
 */
@FunctionalInterface
public interface ComponentFactory {

    <T> T create(Class<T> type);
}
