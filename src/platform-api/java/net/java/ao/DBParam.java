package net.java.ao;

/**
 * One column value for {@code ActiveObjects.create}; the field is the column name. AO's getters are public; here
 * they are package-private, as only the host reads them.
 */
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

    String getField() {
        return field;
    }

    Object getValue() {
        return value;
    }
}
