package net.java.ao;

/** One column value for {@code ActiveObjects.create}; the field is the column name. */
public class DBParam {
    private final String field;
    private final Object value;

    public DBParam(String field, Object value) {
        if (field == null) {
            throw new NullPointerException("Field cannot be null");
        }
        this.field = field;
        this.value = value;
    }

    public String getField() {
        return field;
    }

    public Object getValue() {
        return value;
    }
}
