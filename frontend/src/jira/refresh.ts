// The viewer's background refresh: once the map is on screen, Jira is asked for the current status of its
// linked issues, then the map is read again for the new lozenges and roll-up. The macro never waits on Jira.

import { getMap, type JourneyMap } from '../common/api/maps';
import { refreshIssues } from '../common/api/jira';
import { hasLinkedIssues } from './lozenge';

/**
 * The map after a status refresh, or undefined when no card has a linked issue. A refresh the server
 * refuses still re-reads the map: the links then carry why Jira could not be read.
 */
export async function refreshedMap(map: JourneyMap): Promise<JourneyMap | undefined> {
    if (!hasLinkedIssues(map.cards)) {
        return undefined;
    }
    try {
        await refreshIssues(map.id);
    } catch (e) {
        console.warn(`Journey map ${map.id}: the Jira status refresh failed; showing the last known status.`, e);
    }
    return getMap(map.id);
}
