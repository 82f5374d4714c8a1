import { describe, expect, it } from 'vitest';
import { afterCreated, draftOf, newDraft, newRequestId, normaliseKey, parseLabels, saveDraft, SUMMARY_MAX, withAttempt } from './draft';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
    it('are random version-4 UUIDs', () => {
        const a = newRequestId();
        expect(a).toMatch(UUID);
        expect(newRequestId()).not.toBe(a);
    });

    it('are made from random bytes where crypto.randomUUID is missing (plain http)', () => {
        const insecure = { getRandomValues: (bytes: Uint8Array) => bytes.fill(0xff) } as unknown as Crypto;
        expect(newRequestId(insecure)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    });

    it('stay the same for every retry of an attempt, and change after a success', () => {
        const first = withAttempt(newDraft('Slow site'));
        expect(first.requestId).toMatch(UUID);
        const retried = withAttempt({ ...first, create: { ...first.create, summary: 'Slow site (edited)' } });
        expect(retried.requestId).toBe(first.requestId);
        const next = withAttempt(afterCreated(retried, 'Slow site'));
        expect(next.requestId).not.toBe(first.requestId);
    });
});

describe('drafts', () => {
    it("prefill the summary with the card's text on one line, cut to Jira's limit", () => {
        expect(newDraft('  Checkout\nfails   on mobile ').create.summary).toBe('Checkout fails on mobile');
        expect(newDraft('x'.repeat(400)).create.summary).toHaveLength(SUMMARY_MAX);
    });

    it('keep server, project and type after a create and start over with the card text', () => {
        const used = { ...newDraft('a'), requestId: 'r', create: { server: 's', project: 'CX', issueType: '1', summary: 'b', description: 'd', labels: 'l' } };
        expect(afterCreated(used, 'Card')).toEqual({ ...used, requestId: undefined,
            create: { server: 's', project: 'CX', issueType: '1', summary: 'Card', description: '', labels: '' } });
    });

    it('are kept per card', () => {
        const typed = { ...newDraft('A'), linkKey: 'cx-1' };
        saveDraft(501, typed);
        expect(draftOf(501, 'A')).toBe(typed);
        expect(draftOf(502, 'B').create.summary).toBe('B');
    });
});

describe('input', () => {
    it('splits labels on spaces and commas, each once', () => {
        expect(parseLabels(' ux, checkout  mobile,ux ,')).toEqual(['ux', 'checkout', 'mobile']);
        expect(parseLabels('  ')).toEqual([]);
    });

    it('reads an issue key in any case, and refuses what is not one', () => {
        expect(normaliseKey(' cx-12 ')).toBe('CX-12');
        expect(normaliseKey('PROJ_2-7')).toBe('PROJ_2-7');
        expect(normaliseKey('CX 12')).toBeUndefined();
        expect(normaliseKey('12-CX')).toBeUndefined();
        expect(normaliseKey('CX-0')).toBeUndefined();
        expect(normaliseKey('')).toBeUndefined();
    });
});
