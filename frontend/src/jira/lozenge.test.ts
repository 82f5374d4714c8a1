import { describe, expect, it } from 'vitest';
import { hasLinkedIssues, safeUrl, toneOf } from './lozenge';

describe('toneOf', () => {
    it("colours by Jira's status category: to do blue-grey, in progress blue, done green", () => {
        expect(toneOf('NEW')).toBe('new');
        expect(toneOf('INDETERMINATE')).toBe('indeterminate');
        expect(toneOf('DONE')).toBe('done');
    });

    it('takes the category in any case (Jira sends lower-case keys) and has a tone for none', () => {
        expect(toneOf('done')).toBe('done');
        expect(toneOf('indeterminate')).toBe('indeterminate');
        expect(toneOf(null)).toBe('unknown');
        expect(toneOf('undefined')).toBe('unknown');
    });
});

describe('safeUrl', () => {
    it('keeps http and https addresses', () => {
        expect(safeUrl('https://jira.example.com/browse/CX-1')).toBe('https://jira.example.com/browse/CX-1');
        expect(safeUrl('http://localhost:2990/jira/browse/CX-1')).toBe('http://localhost:2990/jira/browse/CX-1');
    });

    it('drops script, data and relative addresses and nothing', () => {
        expect(safeUrl('javascript:alert(1)')).toBeUndefined();
        expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined();
        expect(safeUrl('data:text/html,<b>x</b>')).toBeUndefined();
        expect(safeUrl('/browse/CX-1')).toBeUndefined();
        expect(safeUrl(null)).toBeUndefined();
        expect(safeUrl('')).toBeUndefined();
    });
});

describe('hasLinkedIssues', () => {
    it('is true only when a card has an issue', () => {
        expect(hasLinkedIssues([{}, { issues: [] }])).toBe(false);
        expect(hasLinkedIssues([{}, { issues: [{ server: 'j', key: 'CX-1' }] }])).toBe(true);
    });
});
