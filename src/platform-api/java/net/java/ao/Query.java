package net.java.ao;

import java.util.Arrays;
import java.util.List;

/** A fluent SELECT over one entity's table. Column names in clauses are upper case, as in the database. */
public class Query {
    private final String fields;
    private String whereClause;
    private Object[] whereParams;
    private String orderClause;
    private int limit = -1;
    private int offset = -1;

    private Query(String fields) {
        this.fields = fields;
    }

    /** Selects the primary key (plus whatever the entity preloads). */
    public static Query select() {
        return new Query(null);
    }

    /** Selects the listed columns, comma separated; {@code *} is refused. */
    public static Query select(String fields) {
        if (fields != null && fields.contains("*")) {
            throw new IllegalArgumentException("fields must not contain '*' - got '" + fields + "'");
        }
        return new Query(fields);
    }

    public Query where(String clause, Object... params) {
        this.whereClause = clause;
        this.whereParams = params;
        return this;
    }

    public Query order(String clause) {
        this.orderClause = clause;
        return this;
    }

    public Query limit(int limit) {
        this.limit = limit;
        return this;
    }

    public Query offset(int offset) {
        this.offset = offset;
        return this;
    }

    // Read by the host that renders the SQL; real AO has these as public getters, the app does not call them.

    /** The selected columns; empty when only the primary key was asked for. */
    Iterable<String> getFields() {
        if (fields == null) {
            return List.of();
        }
        return Arrays.stream(fields.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList();
    }

    String getWhereClause() {
        return whereClause;
    }

    Object[] getWhereParams() {
        return whereParams;
    }

    String getOrderClause() {
        return orderClause;
    }

    int getLimit() {
        return limit;
    }

    int getOffset() {
        return offset;
    }
}
