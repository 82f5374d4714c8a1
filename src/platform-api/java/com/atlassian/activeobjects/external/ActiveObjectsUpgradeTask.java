package com.atlassian.activeobjects.external;

/** An upgrade of the app's data model, run by Active Objects before the entities are migrated. */
public interface ActiveObjectsUpgradeTask {

    /** The model version once this task has run. */
    ModelVersion getModelVersion();

    /** Upgrades from {@code currentVersion}; {@code ao} is not associated with any entity yet. */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
