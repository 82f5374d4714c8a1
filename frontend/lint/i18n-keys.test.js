// Every i18n key the front end names (a 'journeymaps.…' string, or a template whose ${…} parts stand for
// enum values) exists in both the English and the French properties the app serves.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(root, 'src');
const I18N = join(root, '..', 'src', 'main', 'resources', 'i18n');

function keysOf(file) {
    return new Set(readFileSync(join(I18N, file), 'utf8').split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))
        .map((line) => line.split(/\s*[=:]\s*/, 1)[0]));
}

function sourceFiles(dir) {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
            return sourceFiles(path);
        }
        return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && name !== 'testing.ts' ? [path] : [];
    });
}

/** The keys a source names: whole literals, prefixes ending in a dot, and templates as patterns (each ${…} one
 * key segment or more). */
export function namedKeys(source) {
    const found = [];
    for (const [, key] of source.matchAll(/['"](journeymaps\.[A-Za-z0-9_.]+)['"]/g)) {
        // A key ending in a dot is a prefix the code completes with an enum value.
        const escaped = key.replace(/\./g, '\\.');
        found.push({ text: key, pattern: new RegExp(`^${escaped}${key.endsWith('.') ? '[A-Za-z0-9_]+' : ''}$`) });
    }
    for (const [, template] of source.matchAll(/`(journeymaps\.[^`]*)`/g)) {
        const pattern = template.split(/\$\{[^}]*\}/).map((part) => part.replace(/\./g, '\\.')).join('[A-Za-z0-9_.]+');
        found.push({ text: template, pattern: new RegExp(`^${pattern}$`) });
    }
    return found;
}

describe('i18n keys named by the front end', () => {
    const files = sourceFiles(SOURCES);
    const languages = { en: keysOf('journeymaps.properties'), fr: keysOf('journeymaps_fr.properties') };

    it('reads the sources and both languages', () => {
        expect(files.length).toBeGreaterThan(20);
        expect(languages.en.size).toBeGreaterThan(100);
    });

    for (const [language, keys] of Object.entries(languages)) {
        it(`all exist in ${language}`, () => {
            const missing = files.flatMap((file) => namedKeys(readFileSync(file, 'utf8'))
                .filter(({ pattern }) => ![...keys].some((key) => pattern.test(key)))
                .map(({ text }) => `${file.slice(SOURCES.length + 1)}: ${text}`));
            expect(missing).toEqual([]);
        });
    }

    it('catches a key that is not in the properties', () => {
        const [named] = namedKeys("i18n.text('journeymaps.viewer.nonexistent')");
        expect([...languages.en].some((key) => named.pattern.test(key))).toBe(false);
        const [template] = namedKeys('i18n.text(`journeymaps.lane.type.${type}`)');
        expect([...languages.en].some((key) => template.pattern.test(key))).toBe(true);
    });
});
