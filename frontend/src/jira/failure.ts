// Jira failures in plain words: a link's last read that failed, or a request the server refused because
// Jira did (the error body's `jira` field), with what the user can do next (connect, wait, try again).

import type { JiraError } from '../common/api/jira';
import { ApiError, type FieldError } from '../common/http';
import type { I18n } from '../common/i18n';
import { safeUrl } from './lozenge';

const KNOWN_CODES = new Set(['UNREACHABLE', 'TIMEOUT', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED',
    'SERVER_ERROR', 'BAD_RESPONSE', 'CREDENTIALS_REQUIRED']);

/** The HTTP status a failed Jira call answers with, when a proxy dropped the body that names the code. */
const CODE_BY_STATUS: Readonly<Record<number, string>> = { 429: 'RATE_LIMITED', 502: 'SERVER_ERROR', 503: 'UNREACHABLE' };

export interface Failure {
    readonly text: string;
    /** Where the user gives Confluence access to Jira (CREDENTIALS_REQUIRED). */
    readonly authorisationUrl?: string;
    /** How long Jira asked us to wait before trying again. */
    readonly retryAfterSeconds?: number;
    readonly fieldErrors: readonly FieldError[];
}

/** Plain words for a Jira error code; the server's message for a code this version does not know. */
export function jiraErrorText(i18n: I18n, error: JiraError): string {
    if (!KNOWN_CODES.has(error.code)) {
        return error.message;
    }
    const seconds = error.retryAfterSeconds ?? 0;
    if (error.code === 'RATE_LIMITED' && seconds > 0) {
        return i18n.text('journeymaps.jira.error.RATE_LIMITED.wait', seconds);
    }
    return i18n.text(`journeymaps.jira.error.${error.code}`);
}

/** A link's or a request's Jira error, described. */
export function describeJiraError(i18n: I18n, error: JiraError): Failure {
    const seconds = error.retryAfterSeconds ?? 0;
    return {
        text: jiraErrorText(i18n, error),
        authorisationUrl: error.code === 'CREDENTIALS_REQUIRED' ? safeUrl(error.authorisationUrl) : undefined,
        retryAfterSeconds: seconds > 0 ? seconds : undefined,
        fieldErrors: [],
    };
}

function jiraErrorOf(body: Readonly<Record<string, unknown>>): JiraError | undefined {
    const jira = body.jira as Partial<JiraError> | undefined;
    return typeof jira === 'object' && jira !== null && typeof jira.code === 'string'
        ? { code: jira.code, message: typeof jira.message === 'string' ? jira.message : '', authorisationUrl: jira.authorisationUrl,
            retryAfterSeconds: jira.retryAfterSeconds }
        : undefined;
}

/** Any failure of a Jira request (create, link, unlink, pickers), described for the user. */
export function describeFailure(i18n: I18n, e: unknown): Failure {
    if (!(e instanceof ApiError)) {
        return { text: e instanceof Error ? e.message : String(e), fieldErrors: [] };
    }
    const jira = jiraErrorOf(e.body) ?? (CODE_BY_STATUS[e.status] ? { code: CODE_BY_STATUS[e.status], message: e.message } : undefined);
    if (jira !== undefined) {
        return { ...describeJiraError(i18n, jira), fieldErrors: e.fieldErrors };
    }
    if (e.status === 0) {
        return { text: i18n.text('journeymaps.jira.error.offline'), fieldErrors: [] };
    }
    return { text: e.message, fieldErrors: e.fieldErrors };
}
