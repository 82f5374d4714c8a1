// Text for the exported SVG: XML escaping, word wrapping by an estimated glyph width (no DOM needed, so
// the export builds the same in tests and browsers), and a safe file name from the map's title.

/** Escapes text for XML content and attribute values (the five predefined entities) and drops the control
 * characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
    return text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}

/** An average glyph is a bit over half the font size in the sans-serif stack the export names. */
const GLYPH_WIDTH = 0.53;

/** How many characters of `fontSize` fit in `width` pixels (at least one). */
export function charsPerLine(width: number, fontSize: number): number {
    return Math.max(1, Math.floor(width / (fontSize * GLYPH_WIDTH)));
}

/**
 * Breaks text into lines of at most `max` characters: at spaces where it can, inside a word longer than a
 * line otherwise; line breaks the author typed are kept.
 */
export function wrapText(text: string, max: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
        let line = '';
        for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
            let rest = word;
            while (rest.length > max) {
                if (line !== '') {
                    lines.push(line);
                    line = '';
                }
                lines.push(rest.slice(0, max));
                rest = rest.slice(max);
            }
            if (line === '') {
                line = rest;
            } else if (line.length + 1 + rest.length <= max) {
                line += ' ' + rest;
            } else {
                lines.push(line);
                line = rest;
            }
        }
        lines.push(line);
    }
    // Blank lines the author left at the end carry nothing.
    while (lines.length > 1 && lines[lines.length - 1] === '') {
        lines.pop();
    }
    return lines;
}

const MAX_NAME_LENGTH = 80;

/**
 * A file name from the map's title: characters that file systems refuse or that mean a path are dropped,
 * spaces become hyphens, and an empty result falls back to `fallback`.
 */
export function exportFileName(title: string, extension: 'svg' | 'png' | 'pdf', fallback: string): string {
    const base = title
        .normalize('NFC')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '')
        .trim()
        .replace(/\s+/g, '-')
        .replace(/^[.-]+|[.-]+$/g, '')
        .slice(0, MAX_NAME_LENGTH);
    return `${base || fallback}.${extension}`;
}
