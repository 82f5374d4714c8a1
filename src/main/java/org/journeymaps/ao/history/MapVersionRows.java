package org.journeymaps.ao.history;

import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.map.AoJourneyMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.history.MapVersion;

/** The maps' versions. Listings select every column but the snapshot, which can weigh megabytes. */
final class MapVersionRows {
    private static final String LISTED = "ID, MAP_ID, VERSION_NUMBER, LABEL, VERSION_KIND, AUTHOR_KEY, CREATED_AT, "
            + "MAP_REVISION";
    private static final String NEWEST_FIRST = "\"VERSION_NUMBER\" DESC, \"ID\" DESC";

    private final Rows rows;

    MapVersionRows(Rows rows) {
        this.rows = rows;
    }

    void insert(MapVersion version, MapContent snapshot) {
        rows.ao().create(AoMapVersion.class, new RowValues()
                .with("MAP_ID", rows.existing(AoJourneyMap.class, version.mapId()))
                .with("VERSION_NUMBER", version.number())
                .with("LABEL", version.label())
                .with("VERSION_KIND", version.kind())
                .with("AUTHOR_KEY", version.authorKey())
                .with("CREATED_AT", AoValues.date(version.createdAt()))
                .with("MAP_REVISION", version.mapRevision())
                .with("SNAPSHOT", SnapshotJson.write(snapshot))
                .toMap());
    }

    List<MapVersion> newestFirst(long mapId, int offset, int limit) {
        List<MapVersion> found = new ArrayList<>();
        rows.ao().stream(AoMapVersion.class, Query.select(LISTED).where("MAP_ID = ?", AoValues.key(mapId))
                .order(NEWEST_FIRST).offset(offset).limit(limit), row -> found.add(toDomain(row)));
        return found;
    }

    int count(long mapId) {
        return rows.ao().count(AoMapVersion.class, Query.select().where("MAP_ID = ?", AoValues.key(mapId)));
    }

    Optional<MapContent> snapshot(long mapId, int number) {
        return newest(mapId, number).map(row -> SnapshotJson.read(row.getSnapshot()));
    }

    private Optional<AoMapVersion> newest(long mapId, int number) {
        Query query = Query.select().where("MAP_ID = ? AND VERSION_NUMBER = ?", AoValues.key(mapId), number)
                .order(NEWEST_FIRST).limit(1);
        return rows.list(AoMapVersion.class, query).stream().findFirst();
    }

    private static MapVersion toDomain(AoMapVersion row) {
        return new MapVersion(row.getMap().getID(), row.getVersionNumber(), row.getLabel(), row.getVersionKind(),
                row.getAuthorKey(), AoValues.instant(row.getCreatedAt()), row.getMapRevision());
    }
}
