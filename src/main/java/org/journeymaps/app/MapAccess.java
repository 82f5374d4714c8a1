package org.journeymaps.app;

import java.util.Optional;
import org.journeymaps.app.port.Caller;
import org.journeymaps.app.port.PageAccess;
import org.journeymaps.domain.JourneyMap;

/** A map the caller has been checked against, with the caller's rights on its page. */
public record MapAccess(JourneyMap map, PageAccess page, Optional<Caller> caller) {

    /** The user key to record as author; null when anonymous. */
    public String authorKey() {
        return caller.map(Caller::userKey).orElse(null);
    }
}
