package com.atlassian.webresource.api.assembler;

/** Contract of the assembler that collects the web resources a page needs. */
public interface WebResourceAssembler {

    RequiredResources resources();
}
