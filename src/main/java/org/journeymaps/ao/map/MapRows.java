package org.journeymaps.ao.map;

import org.journeymaps.ao.emotion.AoEmotion;
import org.journeymaps.ao.history.AoMapVersion;
import org.journeymaps.ao.jira.AoIssueLink;
import org.journeymaps.ao.kernel.AoValues;
import org.journeymaps.ao.kernel.RowValues;
import org.journeymaps.ao.kernel.Rows;
import org.journeymaps.ao.persona.AoMapPersona;
import org.journeymaps.ao.structure.AoCard;
import org.journeymaps.ao.structure.AoLane;
import org.journeymaps.ao.structure.AoStage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.java.ao.Query;
import org.journeymaps.app.kernel.NotFoundException;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.domain.map.JourneyMap;

/** The maps' own rows: lookups, listing, insert, update, the revision counter and the cascading delete. */
final class MapRows {
    /** LIKE's escape character, given explicitly because the databases' defaults differ. */
    private static final char LIKE_ESCAPE = '!';

    private final Rows rows;

    MapRows(Rows rows) {
        this.rows = rows;
    }

    Optional<JourneyMap> find(long mapId) {
        return rows.find(AoJourneyMap.class, mapId).map(MapRows::toDomain);
    }

    List<JourneyMap> find(MapQuery query, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.pageId() != null) {
            conditions.add("PAGE_ID = ?");
            params.add(query.pageId());
        }
        if (query.spaceKey() != null) {
            conditions.add("SPACE_KEY = ?");
            params.add(query.spaceKey());
        }
        if (query.titleContains() != null) {
            // Quoted by hand: AO quotes the column names it recognises in a WHERE clause, not inside functions.
            conditions.add("LOWER(\"TITLE\") LIKE ? ESCAPE '" + LIKE_ESCAPE + "'");
            params.add("%" + likeLiteral(query.titleContains().toLowerCase(Locale.ROOT)) + "%");
        }
        Query select = Query.select().order("\"TITLE\", \"ID\"").offset(offset).limit(limit);
        if (!conditions.isEmpty()) {
            select.where(String.join(" AND ", conditions), params.toArray());
        }
        return rows.list(AoJourneyMap.class, select).stream().map(MapRows::toDomain).toList();
    }

    long insert(JourneyMap map) {
        return rows.ao().create(AoJourneyMap.class, new RowValues()
                .with("PAGE_ID", map.pageId())
                .with("SPACE_KEY", map.spaceKey())
                .with("TITLE", map.title())
                .with("DESCRIPTION", map.description())
                .with("JOURNEY_STATE", map.state())
                .with("COUNTERPART_ID", map.counterpartMapId())
                .with("OWNER_KEY", map.ownerKey())
                .with("REVIEW_DUE", AoValues.date(map.reviewDue()))
                .with("REVISION", map.revision())
                .with("EDIT_VERSION", map.version())
                .with("CREATED_BY", map.createdBy())
                .with("CREATED_AT", AoValues.date(map.createdAt()))
                .with("UPDATED_BY", map.updatedBy())
                .with("UPDATED_AT", AoValues.date(map.updatedAt()))
                .toMap()).getID();
    }

    /** Writes the map's own fields and version; revision and created/updated by and at are left alone. */
    void update(JourneyMap map) {
        AoJourneyMap row = rows.existing(AoJourneyMap.class, map.id());
        row.setPageId(map.pageId());
        row.setSpaceKey(map.spaceKey());
        row.setTitle(map.title());
        row.setDescription(map.description());
        row.setJourneyState(map.state());
        row.setCounterpartId(map.counterpartMapId());
        row.setOwnerKey(map.ownerKey());
        row.setReviewDue(AoValues.date(map.reviewDue()));
        row.setEditVersion(map.version());
        row.save();
    }

    /** Read, increment, save: only safe while the caller holds the map's lock (see the repository). */
    long nextRevision(long mapId, String authorKey, Instant at) {
        AoJourneyMap row = rows.find(AoJourneyMap.class, mapId).orElseThrow(() -> new NotFoundException("map", mapId));
        long revision = row.getRevision() + 1;
        row.setRevision(revision);
        row.setUpdatedBy(authorKey);
        row.setUpdatedAt(AoValues.date(at));
        row.save();
        return revision;
    }

    /** Deletes the map's rows, children before parents: AO declares foreign keys but never cascades. */
    void delete(long mapId) {
        Integer key = AoValues.key(mapId);
        rows.ao().deleteWithSQL(AoIssueLink.class, "MAP_ID = ?", key);
        rows.ao().deleteWithSQL(AoEmotion.class, "MAP_ID = ?", key);
        rows.ao().deleteWithSQL(AoCard.class, "MAP_ID = ?", key);
        rows.ao().deleteWithSQL(AoStage.class, "MAP_ID = ?", key);
        rows.ao().deleteWithSQL(AoLane.class, "MAP_ID = ?", key);
        rows.ao().deleteWithSQL(AoMapPersona.class, "MAP_ID = ?", key);
        rows.ao().deleteWithSQL(AoMapChange.class, "MAP_ID = ?", key);
        rows.ao().deleteWithSQL(AoMapVersion.class, "MAP_ID = ?", key);
        rows.ao().deleteWithSQL(AoJourneyMap.class, "ID = ?", key);
    }

    static JourneyMap toDomain(AoJourneyMap row) {
        return new JourneyMap(row.getID(), row.getPageId(), row.getSpaceKey(), row.getTitle(), row.getDescription(),
                row.getJourneyState(), row.getCounterpartId(), row.getOwnerKey(), AoValues.day(row.getReviewDue()),
                row.getRevision(), row.getEditVersion(), row.getCreatedBy(), AoValues.instant(row.getCreatedAt()),
                row.getUpdatedBy(), AoValues.instant(row.getUpdatedAt()));
    }

    /** {@code text} matched literally by LIKE: its wildcards and the escape character are escaped. */
    private static String likeLiteral(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                literal.append(LIKE_ESCAPE);
            }
            literal.append(c);
        }
        return literal.toString();
    }
}
