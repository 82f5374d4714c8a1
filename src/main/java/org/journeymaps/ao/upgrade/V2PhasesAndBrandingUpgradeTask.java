package org.journeymaps.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.journeymaps.ao.branding.AoSpaceBranding;
import org.journeymaps.ao.branding.AoSpaceLogo;
import org.journeymaps.ao.structure.AoStage;

/**
 * Model version 2: stages gain an optional phase (a nullable column, so existing stages stay outside any phase)
 * and spaces their branding (two new tables: palette, logo). Nothing to transform: migrating the entities adds them.
 */
public final class V2PhasesAndBrandingUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoStage.class, AoSpaceBranding.class, AoSpaceLogo.class);
    }
}
