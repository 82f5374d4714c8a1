package org.journeymaps.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.journeymaps.ao.AoSpaceBranding;
import org.journeymaps.ao.AoStage;

/**
 * Model version 2: stages gain an optional phase (a nullable column, so existing stages stay outside any phase)
 * and spaces their branding (a new table). Nothing to transform: migrating the two entities adds both.
 */
public final class V2PhasesAndBrandingUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoStage.class, AoSpaceBranding.class);
    }
}
