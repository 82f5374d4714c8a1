package org.journeymaps.ao;

import java.util.LinkedHashMap;
import java.util.Map;

/** The column values of a row to create; nulls are left out, so those columns stay NULL. */
final class RowValues {
    private final Map<String, Object> values = new LinkedHashMap<>();

    RowValues with(String column, Object value) {
        if (value != null) {
            values.put(column, value);
        }
        return this;
    }

    Map<String, Object> toMap() {
        return values;
    }
}
