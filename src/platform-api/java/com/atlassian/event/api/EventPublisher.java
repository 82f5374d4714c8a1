package com.atlassian.event.api;

/**
 * Contract of the host's event bus. In Atlassian Event, {@code register}/{@code unregister} are declared by the
 * super-interface {@code EventListenerRegistrar}; flattened here. {@code publish} is left out: the app publishes
 * nothing.
 */
public interface EventPublisher {

    void register(Object listener);

    void unregister(Object listener);
}
