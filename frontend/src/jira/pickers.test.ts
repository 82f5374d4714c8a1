import { describe, expect, it } from 'vitest';
import { chooseServer, keepOrFirst, unfillableFields } from './pickers';

const servers = [
    { id: 'a', name: 'A', url: 'https://a', primary: false },
    { id: 'b', name: 'B', url: 'https://b', primary: true },
];

describe('pickers', () => {
    it("keeps the user's server while it is offered, else takes the primary, else the first", () => {
        expect(chooseServer(servers, 'a')).toBe('a');
        expect(chooseServer(servers, '')).toBe('b');
        expect(chooseServer(servers, 'gone')).toBe('b');
        expect(chooseServer([{ ...servers[0] }], '')).toBe('a');
        expect(chooseServer([], '')).toBe('');
    });

    it("keeps the user's project or type while it is offered, else the first", () => {
        expect(keepOrFirst(['CX', 'IT'], 'IT')).toBe('IT');
        expect(keepOrFirst(['CX', 'IT'], 'OLD')).toBe('CX');
        expect(keepOrFirst([], 'IT')).toBe('');
    });

    it('names the required fields the map cannot fill', () => {
        expect(unfillableFields({ id: '1', name: 'Bug', requiredFields: [
            { key: 'summary', name: 'Summary' }, { key: 'project', name: 'Project' }, { key: 'customfield_10', name: 'Team' },
            { key: 'issuetype', name: 'Issue Type' }, { key: 'components', name: 'Components' },
        ] })).toEqual(['Team', 'Components']);
        expect(unfillableFields(undefined)).toEqual([]);
    });
});
