package org.journeymaps.devhost.ao;

import java.util.List;
import net.java.ao.DevhostAoAccess;
import net.java.ao.Query;

/** What the app put into a {@link Query}; {@code -1} means no limit / offset. */
record QueryParts(List<String> fields, String where, List<Object> params, String order, int limit, int offset) {

    static QueryParts of(Query query) {
        return new QueryParts(DevhostAoAccess.fields(query), DevhostAoAccess.whereClause(query),
                DevhostAoAccess.whereParams(query), DevhostAoAccess.orderClause(query),
                DevhostAoAccess.limit(query), DevhostAoAccess.offset(query));
    }
}
