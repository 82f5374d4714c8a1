package org.journeymaps.ao.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.journeymaps.ao.branding.AoBrandingStore;
import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.branding.AoSpaceBranding;
import org.journeymaps.ao.branding.AoSpaceLogo;
import org.journeymaps.ao.structure.AoStage;
import org.journeymaps.ao.kernel.JourneyMapEntities;
import org.journeymaps.ao.upgrade.v1.AoStageV1;
import org.journeymaps.devhost.ao.AoUpgradeRunner;
import org.journeymaps.devhost.ao.JdbcActiveObjects;
import org.journeymaps.devhost.ao.TestDatabase;
import org.journeymaps.domain.map.JourneyState;
import org.journeymaps.domain.branding.Palette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Model version 2 on a database that model version 1 created and filled. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class V2PhasesAndBrandingUpgradeTaskTest {

    @Parameter
    TestDatabase database;

    private TestDatabase.OpenDatabase openDatabase;
    private JdbcActiveObjects ao;
    private AoUpgradeRunner runner;

    @BeforeEach
    void fillAVersion1Database() {
        openDatabase = database.open();
        ao = new JdbcActiveObjects(openDatabase.dataSource(), "org.journeymaps");
        runner = new AoUpgradeRunner(ao);
        runner.run(List.of(version1WithAStage()), List.of());
    }

    @AfterEach
    void closeDatabase() {
        openDatabase.close();
    }

    @Test
    void keepsVersion1StagesOutsideAnyPhaseAndAddsTheBrandingTable() {
        runner.run(List.of(version1WithAStage(), new V2PhasesAndBrandingUpgradeTask()), List.of());

        assertThat(runner.currentVersion()).hasToString("2");
        AoStage[] stages = ao.find(AoStage.class, Query.select());
        assertThat(stages).singleElement().satisfies(stage -> {
            assertThat(stage.getName()).isEqualTo("Découvrir");
            assertThat(stage.getDescription()).isEqualTo("Le client cherche");
            assertThat(stage.getPhase()).isNull();
        });
        stages[0].setPhase("Avant l'achat");
        stages[0].save();
        assertThat(ao.get(AoStage.class, stages[0].getID()).getPhase()).isEqualTo("Avant l'achat");
        assertThat(ao.count(AoSpaceBranding.class, Query.select())).isZero();
        new AoBrandingStore(ao).savePalette("DEMO", true, Palette.DEFAULT);
        assertThat(new AoBrandingStore(ao).find("DEMO")).hasValueSatisfying(b -> assertThat(b.enabled()).isTrue());
    }

    /** Version 1's schema (every entity of then: today's, with the stage as it was) and one map with a stage. */
    @SuppressWarnings("unchecked")
    private static ActiveObjectsUpgradeTask version1WithAStage() {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf("1");
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                activeObjects.migrate(Arrays.stream(JourneyMapEntities.ALL)
                        .filter(entity -> entity != AoStage.class && entity != AoSpaceBranding.class
                                && entity != AoSpaceLogo.class)
                        .toArray(Class[]::new));
                activeObjects.migrate(AoStageV1.class);
                Date at = Date.from(Instant.parse("2026-05-01T09:00:00Z"));
                AoJourneyMap map = activeObjects.create(AoJourneyMap.class, new DBParam("PAGE_ID", 65537L),
                        new DBParam("SPACE_KEY", "DEMO"), new DBParam("TITLE", "Achat"), new DBParam("JOURNEY_STATE", JourneyState.CURRENT),
                        new DBParam("REVISION", 1L), new DBParam("EDIT_VERSION", 1L), new DBParam("CREATED_BY", "alice"),
                        new DBParam("CREATED_AT", at), new DBParam("UPDATED_BY", "alice"), new DBParam("UPDATED_AT", at));
                activeObjects.create(AoStageV1.class, new DBParam("MAP_ID", map), new DBParam("NAME", "Découvrir"),
                        new DBParam("DESCRIPTION", "Le client cherche"), new DBParam("SORT_INDEX", 0),
                        new DBParam("EDIT_VERSION", 1L));
            }
        };
    }
}
