package com.atlassian.confluence.content.render.xhtml;

/** Contract of the context of a storage-to-view conversion. */
public interface ConversionContext {

    /** What the page is rendered for, e.g. {@code display}, {@code preview}, {@code pdf}, {@code word}, {@code email}. */
    String getOutputType();
}
