import { describe, expect, it } from 'vitest';
import { charsPerLine, escapeXml, exportFileName, wrapText } from './text';

describe('escapeXml', () => {
    it('escapes the five XML specials so user text cannot open markup or end an attribute', () => {
        expect(escapeXml(`<b a="1" c='2'>Tom & Jerry</b>`))
            .toBe('&lt;b a=&quot;1&quot; c=&apos;2&apos;&gt;Tom &amp; Jerry&lt;/b&gt;');
    });

    it('escapes an ampersand once, even in what looks like an entity', () => {
        expect(escapeXml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
    });

    it('drops control characters XML 1.0 forbids and keeps tabs, newlines and accents', () => {
        expect(escapeXml('a\u0000b\u0007c\td\ne é')).toBe('abc\td\ne é');
    });
});

describe('wrapText', () => {
    it('breaks at spaces so no line passes the width', () => {
        expect(wrapText('Le client compare les offres en ligne', 12)).toEqual(['Le client', 'compare les', 'offres en', 'ligne']);
    });

    it('cuts a word longer than a line', () => {
        expect(wrapText('ab supercalifragilistic cd', 8)).toEqual(['ab', 'supercal', 'ifragili', 'stic cd']);
    });

    it('keeps the line breaks the author typed and drops trailing blank lines', () => {
        expect(wrapText('one\ntwo three\n\n', 20)).toEqual(['one', 'two three']);
    });

    it('gives one empty line for empty text', () => {
        expect(wrapText('', 10)).toEqual(['']);
    });

    it('fits fewer characters of a bigger font', () => {
        expect(charsPerLine(180, 12)).toBeGreaterThan(charsPerLine(180, 16));
        expect(charsPerLine(1, 12)).toBe(1);
    });
});

describe('exportFileName', () => {
    it('makes a file name from the title: no path or reserved characters, hyphens for spaces', () => {
        expect(exportFileName('Achat en ligne: 2026/Q4 <draft>?', 'png', 'journey-map')).toBe('Achat-en-ligne-2026Q4-draft.png');
    });

    it('keeps accented letters', () => {
        expect(exportFileName('Ouverture de compte à la banque', 'svg', 'x')).toBe('Ouverture-de-compte-à-la-banque.svg');
    });

    it('cannot climb directories or hide the file', () => {
        expect(exportFileName('../../etc/passwd', 'svg', 'x')).toBe('etcpasswd.svg');
        expect(exportFileName('.hidden', 'svg', 'x')).toBe('hidden.svg');
    });

    it('falls back when nothing usable is left, and stays short', () => {
        expect(exportFileName(' ?*| ', 'png', 'journey-map')).toBe('journey-map.png');
        expect(exportFileName('a'.repeat(300), 'png', 'x')).toHaveLength(80 + 4);
    });
});
