package org.journeymaps.devhost.webresource;

import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the web resources one page requires; the page writes their tags into its head. */
public final class DevWebResourceAssembler implements WebResourceAssembler, RequiredResources {

    private final WebResourceRegistry registry;
    private final Set<String> required = new LinkedHashSet<>();

    DevWebResourceAssembler(WebResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String completeKey) {
        registry.checkRequirable(completeKey);
        required.add(completeKey);
        return this;
    }

    /**
     * Requires every web resource in a context, as the WRM's {@code requireContext} does (Confluence's editor page
     * requires {@code editor}). Devhost's own pages call it; the app does not, so it is not in the contracts.
     */
    public DevWebResourceAssembler requireContext(String context) {
        required.addAll(registry.inContext(context));
        return this;
    }

    /** The tags for everything required so far, dependencies first. */
    public String tags(String contextPath) {
        return registry.tags(List.copyOf(required), contextPath);
    }
}
