package org.journeymaps.rest.presence;

/** Body of {@code PUT /maps/{id}/presence}: the tab's own id and whether it is the editor (absent: viewing). */
public record PresenceRequest(String session, Boolean editing) {

    public boolean isEditing() {
        return Boolean.TRUE.equals(editing);
    }
}
