package com.atlassian.webresource.api.assembler;

/** Contract of the web-resource manager's entry point for the page being built. */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
