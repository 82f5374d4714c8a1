package org.journeymaps.ao.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/** The column values of a row to create; nulls are left out, so those columns stay NULL. */
public final class RowValues {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public RowValues with(String column, Object value) {
        if (value != null) {
            values.put(column, value);
        }
        return this;
    }

    public Map<String, Object> toMap() {
        return values;
    }
}
