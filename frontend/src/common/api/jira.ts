// Jira: issues linked to cards (create, link, unlink, refresh their status) and the pickers that creating one
// needs. Shapes as agreed in rest-api.md § Jira and jira-agreement.md.

import { request } from '../http';

export type StatusCategory = 'NEW' | 'INDETERMINATE' | 'DONE';

export type JiraErrorCode = 'UNREACHABLE' | 'TIMEOUT' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'RATE_LIMITED'
    | 'SERVER_ERROR' | 'BAD_RESPONSE' | 'CREDENTIALS_REQUIRED';

/** Why a Jira call failed: on a link (its last read) or in the `jira` field of a failed request's error body. */
export interface JiraError {
    readonly code: JiraErrorCode | string;
    readonly message: string;
    /** CREDENTIALS_REQUIRED: where the user gives Confluence access to Jira (OAuth consent). */
    readonly authorisationUrl?: string | null;
    /** RATE_LIMITED: how long Jira asks us to wait. */
    readonly retryAfterSeconds?: number | null;
}

/** A Jira issue linked to a card, with the status last read from Jira. */
export interface IssueLink {
    readonly cardId?: number;
    readonly server: string;
    readonly key: string;
    /** `<server base URL>/browse/<key>`. */
    readonly url?: string | null;
    readonly summary?: string | null;
    readonly status?: string | null;
    readonly statusCategory?: StatusCategory | string | null;
    readonly syncedAt?: string | null;
    /** Why the last read failed (the card and the link are kept). */
    readonly error?: JiraError | null;
}

export interface StageRollup {
    readonly stageId: number;
    readonly resolved: number;
    readonly total: number;
}

/** Pain points resolved (at least one linked issue, all of them done) out of all pain points. */
export interface IssueRollup {
    readonly resolved: number;
    readonly total: number;
    readonly stages: readonly StageRollup[];
}

export interface JiraServer {
    readonly id: string;
    readonly name: string;
    readonly url: string;
    readonly primary: boolean;
}

export interface JiraProject {
    readonly key: string;
    readonly name: string;
}

export interface JiraIssueType {
    readonly id: string;
    readonly name: string;
    readonly requiredFields: ReadonlyArray<{ readonly key: string; readonly name: string }>;
}

export interface NewIssue {
    readonly server: string;
    readonly project: string;
    readonly issueType: string;
    readonly summary: string;
    readonly description?: string;
    readonly labels?: readonly string[];
}

export function listJiraServers(): Promise<JiraServer[]> {
    return request('GET', '/jira/servers');
}

export function listJiraProjects(server: string): Promise<JiraProject[]> {
    return request('GET', `/jira/projects?${new URLSearchParams({ server })}`);
}

export function listJiraIssueTypes(server: string, project: string): Promise<JiraIssueType[]> {
    return request('GET', `/jira/issuetypes?${new URLSearchParams({ server, project })}`);
}

/** Creates a Jira issue and links it; the same `requestId` again answers the same link (no duplicate issue). */
export function createIssue(mapId: number, cardId: number, create: NewIssue, requestId: string): Promise<IssueLink> {
    return request('POST', `/maps/${mapId}/cards/${cardId}/issues`, { create, requestId });
}

export function linkIssue(mapId: number, cardId: number, server: string, key: string): Promise<IssueLink> {
    return request('POST', `/maps/${mapId}/cards/${cardId}/issues`, { link: { server, key } });
}

/** Removes the link only; the Jira issue stays. */
export function unlinkIssue(mapId: number, cardId: number, key: string): Promise<void> {
    return request('DELETE', `/maps/${mapId}/cards/${cardId}/issues/${encodeURIComponent(key)}`);
}

/** Re-reads the status of every issue linked to the map's cards; `force` skips the server's status cache. */
export function refreshIssues(mapId: number, force = false): Promise<IssueLink[]> {
    return request('POST', `/maps/${mapId}/issues/refresh${force ? '?force=true' : ''}`);
}
