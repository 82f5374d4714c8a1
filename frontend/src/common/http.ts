// The one way the front end talks to the app's REST API: URLs under Confluence's context path, JSON both
// ways, the XSRF header on mutations, and every failure turned into an ApiError.

const REST_BASE = '/rest/journeymaps/1.0';

/** One rejected field, as the API names it (e.g. `title`, `cards[3].text`). */
export interface FieldError {
    readonly field: string;
    readonly message: string;
}

/** A failed call: the API's error shape (`status`, `message`, `errors`, `current` on 409). */
export class ApiError extends Error {
    constructor(
        readonly status: number,
        message: string,
        readonly fieldErrors: readonly FieldError[] = [],
        /** On 409, the element as it is now on the server. */
        readonly current: unknown = undefined,
        /** The whole error body, for the fields a feature adds (e.g. `jira` on a failed Jira call). */
        readonly body: Readonly<Record<string, unknown>> = {},
    ) {
        super(message);
        this.name = 'ApiError';
    }

    /** The message for one field, if the API rejected it. */
    fieldMessage(field: string): string | undefined {
        return this.fieldErrors.find((e) => e.field === field)?.message;
    }
}

/** Confluence's context path (e.g. `/confluence`, or empty), from the page's `ajs-context-path` meta tag. */
export function contextPath(doc: Document = document): string {
    const meta = doc.querySelector<HTMLMetaElement>('meta[name="ajs-context-path"]');
    return (meta?.content ?? '').replace(/\/$/, '');
}

/** The absolute path of an API resource, e.g. `restUrl('/maps/4')`. */
export function restUrl(path: string): string {
    return contextPath() + REST_BASE + path;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the API and returns the parsed JSON body (undefined for 204); throws ApiError on any failure. */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET') {
        // Confluence refuses mutations without it (XSRF rule).
        headers['X-Atlassian-Token'] = 'no-check';
    }
    let response: Response;
    try {
        response = await fetch(restUrl(path), {
            method,
            headers,
            credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body),
        });
    } catch (e) {
        throw new ApiError(0, e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
        throw await toApiError(response);
    }
    if (response.status === 204) {
        return undefined as T;
    }
    return (await response.json()) as T;
}

/** Reads the API's error body; a body that is not the API's shape (a proxy's page) keeps the HTTP status. */
export async function toApiError(response: Response): Promise<ApiError> {
    const fallback = response.statusText || `HTTP ${response.status}`;
    let parsed: unknown;
    try {
        parsed = JSON.parse(await response.text());
    } catch {
        return new ApiError(response.status, fallback);
    }
    if (!isRecord(parsed)) {
        return new ApiError(response.status, fallback);
    }
    const message = typeof parsed.message === 'string' && parsed.message !== '' ? parsed.message : fallback;
    const errors = Array.isArray(parsed.errors) ? parsed.errors.filter(isFieldError) : [];
    return new ApiError(response.status, message, errors, parsed.current, parsed);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
    return isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';
}
