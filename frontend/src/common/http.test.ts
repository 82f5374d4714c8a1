import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, contextPath, request, toApiError } from './http';

function jsonResponse(status: number, body: unknown, statusText = ''): Response {
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        statusText,
        headers: { 'Content-Type': 'application/json' },
    });
}

describe('toApiError', () => {
    it('reads status, message and field errors from the API error shape', async () => {
        const error = await toApiError(jsonResponse(400, {
            status: 400, message: 'title is too long', errors: [{ field: 'title', message: 'at most 255 characters' }],
        }));
        expect(error).toBeInstanceOf(ApiError);
        expect(error.status).toBe(400);
        expect(error.message).toBe('title is too long');
        expect(error.fieldErrors).toEqual([{ field: 'title', message: 'at most 255 characters' }]);
        expect(error.fieldMessage('title')).toBe('at most 255 characters');
        expect(error.fieldMessage('text')).toBeUndefined();
        expect(error.current).toBeUndefined();
    });

    it('keeps the current element of a 409', async () => {
        const current = { id: 7, text: 'theirs', version: 4 };
        const error = await toApiError(jsonResponse(409, { status: 409, message: 'Someone else changed this', current }));
        expect(error.status).toBe(409);
        expect(error.current).toEqual(current);
    });

    it('falls back to the HTTP status text when the body is not JSON', async () => {
        const error = await toApiError(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
        expect(error.status).toBe(502);
        expect(error.message).toBe('Bad Gateway');
        expect(error.fieldErrors).toEqual([]);
    });

    it('falls back to the status number when the body is JSON but not an object and there is no status text', async () => {
        const error = await toApiError(jsonResponse(500, '[1,2]'));
        expect(error.message).toBe('HTTP 500');
    });

    it('drops malformed field errors instead of failing', async () => {
        const error = await toApiError(jsonResponse(400, {
            message: 'bad', errors: [{ field: 'title' }, 'oops', { field: 'text', message: 'required' }],
        }));
        expect(error.fieldErrors).toEqual([{ field: 'text', message: 'required' }]);
    });
});

describe('request', () => {
    const fetchMock = vi.fn<typeof fetch>();

    beforeEach(() => {
        document.head.innerHTML = '<meta name="ajs-context-path" content="/confluence">';
        vi.stubGlobal('fetch', fetchMock);
    });

    afterEach(() => {
        vi.unstubAllGlobals();
        fetchMock.mockReset();
    });

    it('reads the context path from the ajs meta tag', () => {
        expect(contextPath()).toBe('/confluence');
        document.head.innerHTML = '';
        expect(contextPath()).toBe('');
    });

    it('GETs JSON under the context path without the XSRF header', async () => {
        fetchMock.mockResolvedValue(jsonResponse(200, { id: 4 }));
        await expect(request('GET', '/maps/4')).resolves.toEqual({ id: 4 });
        const [url, init] = fetchMock.mock.calls[0]!;
        expect(url).toBe('/confluence/rest/journeymaps/1.0/maps/4');
        expect(init?.headers).not.toHaveProperty('X-Atlassian-Token');
        expect(init?.body).toBeUndefined();
    });

    it('sends mutations as JSON with the XSRF header and returns nothing for 204', async () => {
        fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
        await expect(request('PATCH', '/maps/4', { version: 2 })).resolves.toBeUndefined();
        const init = fetchMock.mock.calls[0]![1]!;
        expect(init.method).toBe('PATCH');
        expect(init.headers).toMatchObject({ 'X-Atlassian-Token': 'no-check', 'Content-Type': 'application/json' });
        expect(init.body).toBe('{"version":2}');
    });

    it('throws an ApiError for an error status', async () => {
        fetchMock.mockResolvedValue(jsonResponse(403, { status: 403, message: 'XSRF check failed' }));
        await expect(request('DELETE', '/maps/4')).rejects.toMatchObject({ status: 403, message: 'XSRF check failed' });
    });

    it('throws an ApiError with status 0 when the network fails', async () => {
        fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
        await expect(request('GET', '/maps/4')).rejects.toMatchObject({ status: 0, message: 'Failed to fetch' });
    });
});
