import { describe, expect, it } from 'vitest';
import { formatMessage, I18n } from './i18n';

describe('formatMessage', () => {
    it('puts arguments in place of {n}', () => {
        expect(formatMessage('Journey map "{0}": {1} stages, {2} lanes', ['Achat', 7, 9]))
            .toBe('Journey map "Achat": 7 stages, 9 lanes');
    });

    it('repeats and reorders arguments', () => {
        expect(formatMessage('{1} then {0} then {1}', ['a', 'b'])).toBe('b then a then b');
    });

    it("turns '' into one apostrophe", () => {
        expect(formatMessage("Carte d''expérience de {0}", ['Léa'])).toBe("Carte d'expérience de Léa");
    });

    it('keeps text between single quotes literal', () => {
        expect(formatMessage("Type '{0}' for {0}", ['x'])).toBe('Type {0} for x');
    });

    it('leaves a placeholder without an argument as written', () => {
        expect(formatMessage('{0} and {1}', ['one'])).toBe('one and {1}');
        expect(formatMessage('{} {x} {', [])).toBe('{} {x} {');
    });

    it('does not interpret arguments as patterns', () => {
        expect(formatMessage('{0}', ["{1} ''"])).toBe("{1} ''");
    });
});

describe('I18n', () => {
    const i18n = new I18n({ 'journeymaps.map.corner': 'Lanes / stages', 'journeymaps.x': "l''{0}" });

    it('formats the text of a key', () => {
        expect(i18n.text('journeymaps.x', 'étape')).toBe("l'étape");
        expect(i18n.has('journeymaps.map.corner')).toBe(true);
    });

    it('shows a missing key as the key, like Confluence', () => {
        expect(i18n.text('journeymaps.missing')).toBe('journeymaps.missing');
        expect(i18n.has('journeymaps.missing')).toBe(false);
    });
});

describe('I18n for a locale', () => {
    const fr = new I18n({ 'journeymaps.locale': 'fr-FR', 'journeymaps.n': '{0,choice,1#{0} carte|1<{0} cartes}' });

    it('formats texts, numbers and dates in the user locale', () => {
        expect(fr.text('journeymaps.n', 1200)).toBe('1\u202F200 cartes');
        expect(fr.number(0.5)).toBe('0,5');
        expect(fr.dateTime('2026-03-12T17:28:22Z')).toMatch(/^12 mars 2026/);
        expect(fr.dateTime('2026-03-12T17:28:22Z')).not.toContain('PM');
    });

    it('falls back to English without a locale', () => {
        expect(new I18n({}).locale).toBe('en');
    });
});
