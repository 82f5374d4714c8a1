package org.journeymaps.app;

import org.journeymaps.app.port.PageAccess;
import org.journeymaps.domain.JourneyMap;

/** A map the caller has been checked against, with the caller's rights on its page. */
public record MapAccess(JourneyMap map, PageAccess page) {
}
