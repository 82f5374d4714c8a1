// One card of the exported SVG: measured first (the row height needs every card's), then drawn. Text is
// wrapped to the column; the meta line holds the channel, severity (a coloured badge), status, ratings,
// evidence and Jira keys, flowing onto more lines when needed.

import type { Card, Severity } from '../../common/api/cards';
import type { LaneType } from '../../common/api/lanes';
import type { I18n } from '../../common/i18n';
import { charsPerLine, escapeXml, wrapText } from './text';

export const CARD_FONT = 12;
const LINE = 16;
const META_FONT = 10;
const META_LINE = 16;
const PAD = 6;
const EDGE = 4;
const BADGE_PAD = 4;
const GLYPH = 0.56;

/** The severity colours of the viewer's card edges, from calm to alarming. */
export const SEVERITY_COLOURS: Record<Severity, string> = {
    LOW: '#36b37e', MEDIUM: '#ffab00', HIGH: '#ff5630', CRITICAL: '#bf2600',
};

const LANE_EDGES: Partial<Record<LaneType, string>> = {
    PAIN_POINTS: '#de350b', OPPORTUNITIES: '#00875a', TOUCHPOINTS: '#0065ff', CHANNELS: '#0065ff',
    THOUGHTS: '#6554c0', BACKSTAGE: '#5e6c84',
};

interface Badge {
    readonly text: string;
    readonly fill: string;
    readonly background?: string;
}

export interface CardBox {
    readonly card: Card;
    readonly lines: readonly string[];
    /** Meta badges laid out in rows, each with its x offset inside the card. */
    readonly meta: ReadonlyArray<ReadonlyArray<{ badge: Badge; x: number }>>;
    readonly height: number;
}

function badgesOf(card: Card, i18n: I18n): Badge[] {
    const plain = (text: string): Badge => ({ text, fill: '#42526e', background: '#ebecf0' });
    const badges: Badge[] = [];
    if (card.channel) {
        badges.push(plain(i18n.text(`journeymaps.channel.${card.channel}`)));
    }
    if (card.severity) {
        const critical = card.severity === 'CRITICAL';
        badges.push({ text: i18n.text(`journeymaps.severity.${card.severity}`), fill: critical ? '#ffffff' : '#172b4d',
            background: critical ? SEVERITY_COLOURS.CRITICAL : '#ffebe6' });
    }
    if (card.status) {
        badges.push(plain(i18n.text(`journeymaps.status.${card.status}`)));
    }
    if (card.impact) {
        badges.push(plain(i18n.text('journeymaps.card.impact', i18n.text(`journeymaps.rating.${card.impact}`))));
    }
    if (card.effort) {
        badges.push(plain(i18n.text('journeymaps.card.effort', i18n.text(`journeymaps.rating.${card.effort}`))));
    }
    if (card.evidence) {
        badges.push(plain(i18n.text(`journeymaps.evidence.${card.evidence}`)));
    }
    for (const issue of card.issues ?? []) {
        badges.push({ text: issue.status ? `${issue.key} ${issue.status}` : issue.key, fill: '#0747a6', background: '#deebff' });
    }
    return badges;
}

const badgeWidth = (badge: Badge) => Math.ceil(badge.text.length * META_FONT * GLYPH) + 2 * BADGE_PAD;

/** Lays a card out in a column `width` pixels wide. */
export function measureCard(card: Card, width: number, i18n: I18n): CardBox {
    const inner = width - EDGE - 2 * PAD;
    const lines = wrapText(card.text, charsPerLine(inner, CARD_FONT));
    const meta: Array<Array<{ badge: Badge; x: number }>> = [];
    let x = inner;
    for (const badge of badgesOf(card, i18n)) {
        const w = Math.min(inner, badgeWidth(badge));
        if (x + w > inner) {
            meta.push([]);
            x = 0;
        }
        meta[meta.length - 1].push({ badge, x });
        x += w + 4;
    }
    const height = PAD + lines.length * LINE + meta.length * META_LINE + PAD;
    return { card, lines, meta, height };
}

/** The card's SVG at (x, y), `width` wide; `laneType` picks the edge colour when it has no severity. */
export function drawCard(box: CardBox, x: number, y: number, width: number, laneType: LaneType): string {
    const edge = box.card.severity ? SEVERITY_COLOURS[box.card.severity] : LANE_EDGES[laneType] ?? '#c1c7d0';
    const background = laneType === 'BACKSTAGE' ? '#f4f5f7' : '#ffffff';
    const left = x + EDGE + PAD;
    const parts = [
        `<rect x="${x}" y="${y}" width="${width}" height="${box.height}" rx="3" fill="${background}" stroke="#dfe1e6"/>`,
        `<rect x="${x}" y="${y}" width="${EDGE}" height="${box.height}" fill="${edge}"/>`,
    ];
    const text = box.lines.map((line, i) => `<tspan x="${left}" y="${y + PAD + (i + 1) * LINE - 4}">${escapeXml(line)}</tspan>`);
    parts.push(`<text font-size="${CARD_FONT}" fill="#172b4d">${text.join('')}</text>`);
    box.meta.forEach((row, r) => {
        const top = y + PAD + box.lines.length * LINE + r * META_LINE + 1;
        for (const { badge, x: dx } of row) {
            const w = badgeWidth(badge);
            if (badge.background) {
                parts.push(`<rect x="${left + dx}" y="${top}" width="${w}" height="${META_LINE - 3}" rx="2" fill="${badge.background}"/>`);
            }
            parts.push(`<text x="${left + dx + BADGE_PAD}" y="${top + META_LINE - 6}" font-size="${META_FONT}" fill="${badge.fill}">`
                + `${escapeXml(badge.text)}</text>`);
        }
    });
    return parts.join('');
}
