import { describe, expect, it } from 'vitest';
import { formatMessage } from './messageFormat';

// Expected values are what java.text.MessageFormat prints for the same pattern and locale (JDK 17, CLDR).
const NNBSP = '\u202F';

describe('formatMessage: choice, as Java ChoiceFormat', () => {
    const cards = '{0,choice,0#aucune carte|1#une carte|1<{0} cartes}';

    it('picks the text of the last limit reached', () => {
        expect(formatMessage(cards, [0], 'fr')).toBe('aucune carte');
        expect(formatMessage(cards, [1], 'fr')).toBe('une carte');
        expect(formatMessage(cards, [2], 'fr')).toBe('2 cartes');
        expect(formatMessage(cards, [1.5], 'fr')).toBe('1,5 cartes');
    });

    it('takes the first text below the first limit, as Java does', () => {
        expect(formatMessage(cards, [-3], 'fr')).toBe('aucune carte');
    });

    it('formats the chosen text again with every argument', () => {
        expect(formatMessage('{1} sur {0,choice,1#{0} point résolu|1<{0} points résolus}', [3, 1], 'fr'))
            .toBe('1 sur 3 points résolus');
        expect(formatMessage('{0,choice,0#none|1#{1} alone|2#{1} and {0,number,integer} others}', [2, 'Léa'], 'en'))
            .toBe('Léa and 2 others');
    });

    it('reads quotes in choices as ChoiceFormat does', () => {
        expect(formatMessage("{0,choice,0#pas d''étape|1#'#'1}", [0], 'fr')).toBe("pas d'étape");
        expect(formatMessage("{0,choice,0#pas d''étape|1#'#'1}", [1], 'fr')).toBe('#1');
    });

    it('accepts ≤ and infinite limits', () => {
        expect(formatMessage('{0,choice,-\u221E#low|0\u2264zero|0<high}', [-1e9], 'en')).toBe('low');
        expect(formatMessage('{0,choice,-\u221E#low|0\u2264zero|0<high}', [0], 'en')).toBe('zero');
        expect(formatMessage('{0,choice,-\u221E#low|0\u2264zero|0<high}', [0.1], 'en')).toBe('high');
    });
});

describe('formatMessage: numbers and dates for the locale', () => {
    it('groups and rounds numbers like NumberFormat.getInstance', () => {
        expect(formatMessage('{0}', [1234.5678], 'fr')).toBe(`1${NNBSP}234,568`);
        expect(formatMessage('{0}', [1234.5678], 'en')).toBe('1,234.568');
        expect(formatMessage('{0,number,integer}', [1234.5678], 'fr')).toBe(`1${NNBSP}235`);
        expect(formatMessage('{0,number}', [3], 'fr')).toBe('3');
    });

    it('formats dates and times with the named style', () => {
        const epoch = new Date(Date.UTC(1970, 0, 1, 12, 0));
        expect(formatMessage('{0,date,long}', [epoch], 'en')).toMatch(/^January 1, 1970$/);
        expect(formatMessage('{0,date}', [epoch], 'fr')).toBe('1 janv. 1970');
    });

    it('leaves strings as they are, even under a number type', () => {
        expect(formatMessage('{0} / {0,number}', ['1234'], 'fr')).toBe('1234 / 1234');
    });

    it('leaves an unknown type or a missing argument as written', () => {
        expect(formatMessage('{0,spellout} {1}', [1], 'en')).toBe('{0,spellout} {1}');
    });
});
