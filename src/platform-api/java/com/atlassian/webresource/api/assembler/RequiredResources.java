package com.atlassian.webresource.api.assembler;

/** Contract of the set of web resources the page requires. */
public interface RequiredResources {

    /** Requires a {@code <web-resource>} by complete key {@code pluginKey:moduleKey}, with its dependencies. */
    RequiredResources requireWebResource(String completeKey);
}
