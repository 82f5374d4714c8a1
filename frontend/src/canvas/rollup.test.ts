import { describe, expect, it } from 'vitest';
import type { Card } from '../common/api/cards';
import { resolution } from './rollup';
import { plural, signedScore, initials } from './text';
import { I18n } from '../common/i18n';

const card = (id: number, ...categories: string[]): Card => ({
    id, stageId: 1, laneId: 1, position: id, text: 't', version: 1,
    issues: categories.map((statusCategory, i) => ({ server: 's', key: `CX-${id}${i}`, statusCategory })),
});

describe('Jira roll-up of pain points', () => {
    it('counts only cards with links, resolved when all their issues are done', () => {
        expect(resolution([card(1, 'DONE'), card(2, 'done', 'NEW'), card(3)])).toEqual({ resolved: 1, total: 2 });
    });

    it('has nothing to say without links', () => {
        expect(resolution([card(1), card(2)])).toBeUndefined();
    });
});

describe('canvas texts', () => {
    const i18n = new I18n({ 'k.one': '{0} sur {1} résolu', 'k.other': '{0} sur {1} résolus' });

    it('uses the singular for 0 and 1, as French does', () => {
        expect(plural(i18n, 'k.', 1, 0, 1)).toBe('0 sur 1 résolu');
        expect(plural(i18n, 'k.', 4, 2, 4)).toBe('2 sur 4 résolus');
    });

    it('signs scores with a real minus and makes initials', () => {
        expect([-2, 0, 1].map(signedScore)).toEqual(['\u22122', '0', '+1']);
        expect(initials('Bob Durand')).toBe('BD');
        expect(initials('alice')).toBe('A');
    });
});
