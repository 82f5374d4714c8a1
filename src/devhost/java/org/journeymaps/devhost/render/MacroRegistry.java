package org.journeymaps.devhost.render;

import com.atlassian.confluence.macro.Macro;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The macros the app declares, by the name storage format uses ({@code <xhtml-macro name=…>}). */
public final class MacroRegistry {

    private final Map<String, Macro> byName;

    public MacroRegistry(Map<String, Macro> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The macro names, sorted (what the editor's macro browser offers). */
    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }

    public Optional<Macro> macro(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
