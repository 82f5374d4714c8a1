package org.journeymaps.app.kernel;

/**
 * The element does not exist, belongs to another map, or may not be seen by the caller: the three are not told
 * apart, so that existence never leaks.
 */
public class NotFoundException extends RuntimeException {
    private final String element;
    private final String key;

    public NotFoundException(String element, Object key) {
        super(element + " " + key + " not found");
        this.element = element;
        this.key = String.valueOf(key);
    }

    /** What was not found, e.g. "map", "stage", "space". */
    public String element() {
        return element;
    }

    public String key() {
        return key;
    }
}
