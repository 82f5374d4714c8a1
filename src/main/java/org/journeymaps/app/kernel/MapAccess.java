package org.journeymaps.app.kernel;

import org.journeymaps.app.kernel.PageAccess;
import org.journeymaps.domain.map.JourneyMap;

/** A map the caller has been checked against, with the caller's rights on its page. */
public record MapAccess(JourneyMap map, PageAccess page) {
}
