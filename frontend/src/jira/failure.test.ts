import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../common/http';
import { I18n } from '../common/i18n';
import { describeFailure, describeJiraError } from './failure';
import { englishTexts } from './testing';

let i18n: I18n;
beforeAll(async () => {
    i18n = new I18n(await englishTexts());
});

const failed = (status: number, body: unknown) => toApiError(new Response(JSON.stringify(body), { status }));

describe('describeFailure', () => {
    it('says a rate limit in plain words with the wait Jira asked for', async () => {
        const failure = describeFailure(i18n, await failed(429, { status: 429, message: 'Too Many Requests',
            jira: { code: 'RATE_LIMITED', message: 'rate limited', retryAfterSeconds: 30 } }));
        expect(failure.text).toBe('Jira is busy (too many requests). Try again in 30 seconds.');
        expect(failure.retryAfterSeconds).toBe(30);
    });

    it('offers "Connect to Jira" when Jira needs the user\'s consent', async () => {
        const failure = describeFailure(i18n, await failed(502, { status: 502, message: 'x',
            jira: { code: 'CREDENTIALS_REQUIRED', message: 'needs consent', authorisationUrl: 'https://jira.example.com/oauth?x=1' } }));
        expect(failure.text).toBe('Confluence needs your permission to use Jira on your behalf.');
        expect(failure.authorisationUrl).toBe('https://jira.example.com/oauth?x=1');
    });

    it('never turns a script address into the connect link', async () => {
        const failure = describeFailure(i18n, await failed(502, { status: 502, message: 'x',
            jira: { code: 'CREDENTIALS_REQUIRED', message: 'm', authorisationUrl: 'javascript:alert(1)' } }));
        expect(failure.authorisationUrl).toBeUndefined();
    });

    it('reads an outage from the status when a proxy dropped the body', async () => {
        const gateway = await toApiError(new Response('<html>Service Unavailable</html>', { status: 503, statusText: 'Service Unavailable' }));
        expect(describeFailure(i18n, gateway).text).toBe('Jira could not be reached.');
    });

    it("shows the server's message for a code this version does not know", async () => {
        const failure = describeFailure(i18n, await failed(502, { status: 502, message: 'x', jira: { code: 'NEW_CODE', message: 'Jira is grumpy' } }));
        expect(failure.text).toBe('Jira is grumpy');
    });

    it('keeps the field errors (a key Jira does not know)', async () => {
        const failure = describeFailure(i18n, await failed(400, { status: 400, message: 'No issue CX-999',
            errors: [{ field: 'link.key', message: 'Jira has no issue CX-999' }] }));
        expect(failure.text).toBe('No issue CX-999');
        expect(failure.fieldErrors).toEqual([{ field: 'link.key', message: 'Jira has no issue CX-999' }]);
    });

    it('says when Confluence itself could not be reached', () => {
        expect(describeFailure(i18n, new ApiError(0, 'Failed to fetch')).text)
            .toBe('Confluence could not be reached. Check your connection and try again.');
    });
});

describe('describeJiraError', () => {
    it('has plain words for every code a link can carry', () => {
        for (const code of ['UNREACHABLE', 'TIMEOUT', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'SERVER_ERROR',
            'BAD_RESPONSE', 'CREDENTIALS_REQUIRED']) {
            const text = describeJiraError(i18n, { code, message: 'raw' }).text;
            expect(text, code).not.toContain('journeymaps.');
            expect(text, code).not.toBe('raw');
        }
    });
});
