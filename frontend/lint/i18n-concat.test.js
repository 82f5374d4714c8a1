// A translated text is whole: code must not glue translated fragments to each other or to punctuation
// ("Commentaires" + ": " breaks French typography and word order). Put the whole phrase in one pattern instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCES = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

function sourceFiles(dir) {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
            return sourceFiles(path);
        }
        return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
}

/** The index of the parenthesis closing the one at `open`. */
function closing(source, open) {
    let depth = 0;
    for (let i = open; i < source.length; i++) {
        if (source[i] === '(') {
            depth++;
        } else if (source[i] === ')' && --depth === 0) {
            return i;
        }
    }
    return source.length;
}

/** Each `i18n.text(…)` call glued to something: `+`, a template literal, or JSX text right after it. */
export function concatenations(source) {
    const found = [];
    for (const match of source.matchAll(/\bi18n\.text\(/g)) {
        const close = closing(source, match.index + match[0].length - 1);
        const before = source.slice(Math.max(0, match.index - 40), match.index).replace(/\b(store|this|props)\.$/, '');
        const after = source.slice(close + 1, close + 40);
        const glued = /\+\s*$/.test(before) || /^\s*\+/.test(after) || /\$\{\s*$/.test(before)
            || (/[^=\s]\s*\{\s*$/.test(before) && /^\}[^\S\n]*[^\s<{})]/.test(after));
        if (glued) {
            found.push(source.slice(match.index, close + 1 + after.search(/\n|$/)).split('\n')[0]);
        }
    }
    return found;
}

describe('translated texts are not concatenated', () => {
    it('finds no glued fragments in the front end', () => {
        const glued = sourceFiles(SOURCES).flatMap((file) => concatenations(readFileSync(file, 'utf8'))
            .map((call) => `${file.slice(SOURCES.length + 1)}: ${call}`));
        expect(glued).toEqual([]);
    });

    it('catches +, templates and JSX text', () => {
        expect(concatenations("confirm(i18n.text('a.b', x) + more)")).toHaveLength(1);
        expect(concatenations("' ' + store.i18n.text('a.b')")).toHaveLength(1);
        expect(concatenations('`${i18n.text(`a.${t}`)}: ${x}`')).toHaveLength(1);
        expect(concatenations("<h2>{i18n.text('a.title')}: {label}</h2>")).toHaveLength(1);
        expect(concatenations("<h2>{i18n.text('a.title', label)}</h2>\n{ x: i18n.text('b') }")).toEqual([]);
        expect(concatenations("<input label={i18n.text('a.label')} />")).toEqual([]);
    });
});
