package org.journeymaps.ao.history;

import org.journeymaps.ao.kernel.Rows;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.journeymaps.app.history.MapHistory;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.history.MapVersion;

/** The history port over Active Objects; it joins the repository's transactions (one ActiveObjects per plugin). */
@Named
public class AoMapHistory implements MapHistory {
    private final Rows rows;
    private final MapVersionRows versions;

    @Inject
    public AoMapHistory(@ComponentImport ActiveObjects ao) {
        this.rows = new Rows(ao);
        this.versions = new MapVersionRows(rows);
    }

    @Override
    public void insertVersion(MapVersion version, MapContent snapshot) {
        versions.insert(version, snapshot);
    }

    @Override
    public Optional<MapVersion> latestVersion(long mapId) {
        return versions.newestFirst(mapId, 0, 1).stream().findFirst();
    }

    @Override
    public List<MapVersion> versions(long mapId, int offset, int limit) {
        return versions.newestFirst(mapId, offset, limit);
    }

    @Override
    public int countVersions(long mapId) {
        return versions.count(mapId);
    }

    @Override
    public Optional<MapContent> snapshot(long mapId, int number) {
        return versions.snapshot(mapId, number);
    }
}
