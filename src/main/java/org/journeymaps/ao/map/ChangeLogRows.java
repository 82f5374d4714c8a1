package org.journeymaps.ao.map;

import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import java.util.List;
import java.util.OptionalLong;
import net.java.ao.Query;
import org.journeymaps.domain.map.MapChange;

/** The maps' change logs, read by revision: what live updates and history are made of. */
final class ChangeLogRows {
    private static final String BY_REVISION = "\"REVISION\", \"ID\"";

    private final Rows rows;

    ChangeLogRows(Rows rows) {
        this.rows = rows;
    }

    void append(MapChange change) {
        rows.ao().create(AoMapChange.class, new RowValues()
                .with("MAP_ID", rows.existing(AoJourneyMap.class, change.mapId()))
                .with("REVISION", change.revision())
                .with("AUTHOR_KEY", change.authorKey())
                .with("CHANGED_AT", AoValues.date(change.at()))
                .with("CHANGE_KIND", change.kind())
                .with("ELEMENT_TYPE", change.elementType())
                .with("ELEMENT_ID", change.elementId())
                .toMap());
    }

    List<MapChange> since(long mapId, long revision, int limit) {
        Query query = Query.select().where("MAP_ID = ? AND REVISION > ?", AoValues.key(mapId), revision)
                .order(BY_REVISION).limit(limit);
        return rows.list(AoMapChange.class, query).stream().map(ChangeLogRows::toDomain).toList();
    }

    OptionalLong oldestKeptRevision(long mapId) {
        Query query = Query.select().where("MAP_ID = ?", AoValues.key(mapId)).order(BY_REVISION).limit(1);
        return rows.list(AoMapChange.class, query).stream().mapToLong(AoMapChange::getRevision).findFirst();
    }

    static MapChange toDomain(AoMapChange row) {
        return new MapChange(row.getMap().getID(), row.getRevision(), row.getAuthorKey(),
                AoValues.instant(row.getChangedAt()), row.getChangeKind(), row.getElementType(), row.getElementId());
    }
}
