package org.journeymaps.devhost.ao;

import java.util.List;
import java.util.stream.Collectors;

/** Renders the SELECTs of find, count, stream and relations, with every identifier quoted upper case. */
final class SelectSql {

    private SelectSql() {
    }

    static String select(EntityModel model, List<FieldModel> columns, QueryParts query) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columnList(columns, null))
                .append(" FROM ").append(AoNames.quote(model.table()))
                .append(where(model, query.where()));
        if (query.order() != null && !query.order().isBlank()) {
            sql.append(" ORDER BY ").append(ClauseQuoter.quoteColumns(query.order(), model.columnNames(), null));
        }
        if (query.limit() >= 0) {
            sql.append(" LIMIT ").append(query.limit());
        }
        if (query.offset() >= 0) {
            sql.append(" OFFSET ").append(query.offset());
        }
        return sql.toString();
    }

    static String count(EntityModel model, QueryParts query) {
        return "SELECT COUNT(*) FROM " + AoNames.quote(model.table()) + where(model, query.where());
    }

    /** {@code " WHERE <clause>"} with the model's columns quoted, or nothing for a blank clause. */
    static String where(EntityModel model, String clause) {
        if (clause == null || clause.isBlank()) {
            return "";
        }
        return " WHERE " + ClauseQuoter.quoteColumns(clause, model.columnNames(), null);
    }

    static String columnList(List<FieldModel> columns, String qualifier) {
        String prefix = qualifier == null ? "" : qualifier + ".";
        return columns.stream().map(field -> prefix + AoNames.quote(field.column())).collect(Collectors.joining(", "));
    }
}
