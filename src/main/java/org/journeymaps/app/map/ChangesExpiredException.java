package org.journeymaps.app.map;

/** The change log no longer holds every change after the revision asked for: the client must reload the map. */
public class ChangesExpiredException extends RuntimeException {
    private final long since;

    public ChangesExpiredException(long mapId, long since) {
        super("changes of map " + mapId + " since revision " + since + " are no longer kept");
        this.since = since;
    }

    public long since() {
        return since;
    }
}
