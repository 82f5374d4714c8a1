package org.journeymaps.devhost.webresource;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/**
 * The WRM's page builder: one assembler per page being built on this thread. Devhost opens a page for
 * every request; code running outside one (e.g. a seeder) gets a clear error instead of lost resources.
 */
public final class DevPageBuilderService implements PageBuilderService {

    private final WebResourceRegistry registry;
    private final ThreadLocal<DevWebResourceAssembler> current = new ThreadLocal<>();

    public DevPageBuilderService(WebResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public WebResourceAssembler assembler() {
        DevWebResourceAssembler assembler = current.get();
        if (assembler == null) {
            throw new IllegalStateException("No page is being built on this thread (PageBuilderService is per request)");
        }
        return assembler;
    }

    /** Starts building a page on this thread; closing the scope ends it. */
    public PageScope openPage() {
        if (current.get() != null) {
            throw new IllegalStateException("A page is already being built on this thread");
        }
        current.set(new DevWebResourceAssembler(registry));
        return current::remove;
    }

    /** Requires a web-resource context for the page being built (see {@link DevWebResourceAssembler#requireContext}). */
    public void requireContext(String context) {
        ((DevWebResourceAssembler) assembler()).requireContext(context);
    }

    /** The head tags for what the page being built requires so far. */
    public String requiredTags(String contextPath) {
        return ((DevWebResourceAssembler) assembler()).tags(contextPath);
    }

    /** The page being built on this thread, until closed. */
    @FunctionalInterface
    public interface PageScope extends AutoCloseable {
        @Override
        void close();
    }
}
