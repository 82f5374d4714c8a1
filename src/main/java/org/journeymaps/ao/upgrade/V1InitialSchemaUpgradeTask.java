package org.journeymaps.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.journeymaps.ao.kernel.JourneyMapEntities;

/**
 * Model version 1: the first schema. Upgrade tasks run before AO's own migration and get an ActiveObjects
 * bound to no entity, so each task migrates the entities it needs itself. Later tasks that transform data
 * keep frozen copies of the entities they read in their own {@code upgrade.vN} package.
 */
public final class V1InitialSchemaUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(JourneyMapEntities.ALL);
    }
}
