package org.journeymaps.devhost.events;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Atlassian Event's publisher, as Confluence runs it for page events: synchronous, to every registered object's
 * public {@code @EventListener} methods whose one parameter accepts the event. A listener that throws is logged
 * and the others still run. Each devhost node has its own, as each Confluence node does.
 */
public final class DevEventPublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(DevEventPublisher.class);

    private record Handler(Object listener, Method method) {
    }

    private final List<Handler> handlers = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        List<Handler> found = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class)) {
                if (method.getParameterCount() != 1 || Modifier.isStatic(method.getModifiers())) {
                    throw new IllegalArgumentException(method + ": an @EventListener takes exactly one event");
                }
                found.add(new Handler(listener, method));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no public @EventListener method");
        }
        handlers.addAll(found);
    }

    @Override
    public void unregister(Object listener) {
        handlers.removeIf(handler -> handler.listener() == listener);
    }

    /** Hands {@code event} to every listener method that accepts it. */
    public void publish(Object event) {
        for (Handler handler : handlers) {
            if (handler.method().getParameterTypes()[0].isInstance(event)) {
                try {
                    handler.method().invoke(handler.listener(), event);
                } catch (InvocationTargetException e) {
                    LOG.error("Listener {} failed on {}", handler.method(), event.getClass().getSimpleName(), e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Listener method not callable: " + handler.method(), e);
                }
            }
        }
    }

    /** How many listener methods are registered (tests check registration and its undoing). */
    public int listenerCount() {
        return handlers.size();
    }
}
