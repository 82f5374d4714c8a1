package org.journeymaps.devhost.descriptor;

import java.util.List;

/** An {@code <ao>} module: the namespace fixes the table prefix; entities and upgrade tasks are class names. */
public record AoModule(String key, String namespace, List<String> entities, List<String> upgradeTasks) {

    public AoModule {
        entities = List.copyOf(entities);
        upgradeTasks = List.copyOf(upgradeTasks);
    }
}
