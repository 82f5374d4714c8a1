package net.java.ao;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Devhost's window on the package-private parts of the AO contracts: reading a {@link Query} and a {@link DBParam}.
 * Lives in the contracts' package so the app-facing surface stays minimal.
 */
public final class DevhostAoAccess {

    private DevhostAoAccess() {
    }

    public static List<String> fields(Query query) {
        List<String> fields = new ArrayList<>();
        query.getFields().forEach(fields::add);
        return fields;
    }

    public static String whereClause(Query query) {
        return query.getWhereClause();
    }

    public static List<Object> whereParams(Query query) {
        Object[] params = query.getWhereParams();
        return params == null ? List.of() : new ArrayList<>(Arrays.asList(params));
    }

    public static String orderClause(Query query) {
        return query.getOrderClause();
    }

    public static int limit(Query query) {
        return query.getLimit();
    }

    public static int offset(Query query) {
        return query.getOffset();
    }

    public static String field(DBParam param) {
        return param.getField();
    }

    public static Object value(DBParam param) {
        return param.getValue();
    }
}
