// Prints each entry bundle's gzip size beside its budget (AUI excluded: Confluence provides it).
// Fails the build when a bundle passes its budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const { outputDir } = createRequire(import.meta.url)('./output-dir.cjs');
const BUDGETS_KB = { 'journey-map-viewer': 60, 'journey-map-editor': 150, 'journey-map-macro-browser': 30, 'journey-map-branding': 30 };
const dir = join(outputDir, 'frontend');

let over = false;
for (const [entry, budget] of Object.entries(BUDGETS_KB)) {
    const files = readdirSync(dir).filter((f) => f.startsWith(entry + '.') && /\.(js|css)$/.test(f));
    if (files.length === 0) {
        continue;
    }
    const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    const kb = gzipped / 1024;
    over ||= kb > budget;
    console.log(`bundle ${entry}: ${kb.toFixed(1)} KB gzip (${files.join(' + ')}), budget ${budget} KB${kb > budget ? '  OVER BUDGET' : ''}`);
}
if (over) {
    process.exit(1);
}
