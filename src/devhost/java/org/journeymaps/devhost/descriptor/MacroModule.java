package org.journeymaps.devhost.descriptor;

/**
 * An {@code <xhtml-macro>}: storage format names it by {@code name}; {@code className} implements Macro.
 * Its {@code <parameters>} only feed Confluence's macro browser (the editor), so devhost does not read them.
 */
public record MacroModule(String key, String name, String className) {
}
