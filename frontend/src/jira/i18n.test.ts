import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishTexts } from './testing';

/** Every file of the Jira UI, tests excepted. */
function sources(dir = __dirname): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            return sources(path);
        }
        return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|testing\.ts$/.test(entry.name) ? [path] : [];
    });
}

describe('Jira texts', () => {
    it('exist for every key the Jira UI names in full, and for every error code', async () => {
        const texts = await englishTexts();
        const named = sources().flatMap((file) => readFileSync(file, 'utf-8').match(/journeymaps\.jira\.[\w.]+/g) ?? [])
            .filter((key) => !key.endsWith('.')); // a prefix completed at run time (error codes, modes)
        const codes = ['UNREACHABLE', 'TIMEOUT', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'SERVER_ERROR', 'BAD_RESPONSE',
            'CREDENTIALS_REQUIRED'].map((code) => `journeymaps.jira.error.${code}`);
        const modes = ['create', 'link'].map((mode) => `journeymaps.jira.mode.${mode}`);
        const missing = [...new Set([...named, ...codes, ...modes])].filter((key) => texts[key] === undefined);
        expect(missing).toEqual([]);
        expect(named.length).toBeGreaterThan(30);
    });
});
