package org.journeymaps.devhost.descriptor;

import java.util.List;

/** An {@code <xhtml-macro>}: storage format names it by {@code name}; {@code className} implements Macro. */
public record MacroModule(String key, String name, String className, List<MacroParameter> parameters) {

    public MacroModule {
        parameters = List.copyOf(parameters);
    }

    /** A declared macro parameter (used by Confluence's macro browser, not checked at render time). */
    public record MacroParameter(String name, String type, boolean required, String defaultValue) {
    }
}
