// Choosing among the options the server lists (Jira servers, projects, issue types): a choice the user made
// stays while it is still offered; otherwise the primary server, or the first option, is chosen.

import type { JiraIssueType, JiraServer } from '../common/api/jira';

/** `chosen` when it is among `ids`, else the first id (or '' when there is none). */
export function keepOrFirst(ids: readonly string[], chosen: string): string {
    return ids.includes(chosen) ? chosen : (ids[0] ?? '');
}

/** `chosen` when it is still a server; else the primary one; else the first. */
export function chooseServer(servers: readonly JiraServer[], chosen: string): string {
    if (servers.some((s) => s.id === chosen)) {
        return chosen;
    }
    return (servers.find((s) => s.primary) ?? servers[0])?.id ?? '';
}

/** Fields the map fills itself when it creates an issue; any other required field cannot be filled here. */
const FILLED_BY_THE_MAP = new Set(['project', 'issuetype', 'summary', 'description', 'labels', 'reporter']);

/** The names of the fields the issue type requires that the map cannot fill (Jira would refuse the issue). */
export function unfillableFields(type: JiraIssueType | undefined): string[] {
    return (type?.requiredFields ?? []).filter((f) => !FILLED_BY_THE_MAP.has(f.key)).map((f) => f.name);
}
