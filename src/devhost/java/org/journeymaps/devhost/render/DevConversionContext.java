package org.journeymaps.devhost.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Set;

/** The conversion context devhost hands to macros. */
public final class DevConversionContext implements ConversionContext {

    /** The output types Confluence renders pages for. */
    public static final Set<String> OUTPUT_TYPES = Set.of("display", "preview", "pdf", "word", "email");

    private final String outputType;

    public DevConversionContext(String outputType) {
        if (!OUTPUT_TYPES.contains(outputType)) {
            throw new IllegalArgumentException("outputType: one of " + OUTPUT_TYPES + ", got '" + outputType + "'");
        }
        this.outputType = outputType;
    }

    @Override
    public String getOutputType() {
        return outputType;
    }
}
