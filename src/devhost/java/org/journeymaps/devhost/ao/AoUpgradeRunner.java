package org.journeymaps.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Starts an AO module as the AO plugin does: runs the upgrade tasks newer than the stored model version in
 * version order, each in its own transaction that also records the new version, then migrates the entities.
 * A failing task stops the run (later tasks and the migration do not happen) and leaves the stored version
 * at the last successful task, so it is retried next start.
 */
public final class AoUpgradeRunner {
    private final JdbcActiveObjects ao;
    private final ModelVersionStore versions;

    public AoUpgradeRunner(JdbcActiveObjects ao) {
        this.ao = ao;
        this.versions = new ModelVersionStore(ao.sql());
    }

    /** The model version stored for the AO instance's namespace (0 before any upgrade task ran). */
    public ModelVersion currentVersion() {
        return versions.current(ao.namespace());
    }

    public void run(List<ActiveObjectsUpgradeTask> tasks, List<Class<? extends RawEntity<?>>> entities) {
        ModelVersion current = currentVersion();
        for (ActiveObjectsUpgradeTask task : sortedAndDistinct(tasks)) {
            if (number(current) < number(task.getModelVersion())) {
                ModelVersion from = current;
                current = ao.executeInTransaction(() -> {
                    task.upgrade(from, ao);
                    versions.update(ao.namespace(), task.getModelVersion());
                    return task.getModelVersion();
                });
            }
        }
        migrate(entities);
    }

    @SuppressWarnings("unchecked")
    private void migrate(List<Class<? extends RawEntity<?>>> entities) {
        ao.migrate(entities.toArray(new Class[0]));
    }

    private static List<ActiveObjectsUpgradeTask> sortedAndDistinct(List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparingInt(task -> number(task.getModelVersion())));
        for (int i = 1; i < sorted.size(); i++) {
            if (number(sorted.get(i).getModelVersion()) == number(sorted.get(i - 1).getModelVersion())) {
                throw new IllegalStateException(
                        "There are more than one upgrade tasks with model version " + sorted.get(i).getModelVersion());
            }
        }
        return sorted;
    }

    /** A model version is an integer and prints as it; the contracts leave out AO's comparison methods. */
    private static int number(ModelVersion version) {
        return Integer.parseInt(version.toString());
    }
}
