import { describe, expect, it } from 'vitest';
import { I18n } from '../../common/i18n';
import type { JourneyMap } from '../../common/api/maps';
import { curveSeries } from '../curve';
import { buildGrid } from '../grid';
import { sampleMap } from '../testdata';
import { pngScale } from './png';
import { buildMapSvg, COLUMN, FONT_FAMILY } from './svg';

const i18n = new I18n({
    'journeymaps.lane.type.PAIN_POINTS': 'Pain points',
    'journeymaps.severity.CRITICAL': 'Critical',
    'journeymaps.channel.WEB': 'Web',
    'journeymaps.emotion.curve.CURRENT': 'Current curve',
    'journeymaps.canvas.curve.CURRENT': 'Current curve',
    'journeymaps.canvas.curve.FUTURE': 'Future curve',
    'journeymaps.emotion.curve.FUTURE': 'Future curve',
});

function svgOf(map: JourneyMap) {
    const grid = buildGrid(map);
    return buildMapSvg({ title: map.title, stages: grid.stages, lanes: grid.lanes,
        series: curveSeries(grid.stages, map.emotions, map.personas), i18n });
}

function parse(svg: string): Document {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), 'well-formed XML').toBeNull();
    return doc;
}

/** Each text element's content, its wrapped lines joined by spaces again. */
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => {
    const spans = [...t.querySelectorAll('tspan')];
    return spans.length === 0 ? t.textContent : spans.map((s) => s.textContent).join(' ');
});

describe('buildMapSvg', () => {
    it('is a standalone SVG document with its size, a title and the fonts named', () => {
        const { svg, width, height } = svgOf(sampleMap());
        const root = parse(svg).documentElement;
        expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
        expect(root.getAttribute('width')).toBe(String(width));
        expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
        expect(root.getAttribute('font-family')).toBe(FONT_FAMILY);
        expect(root.querySelector('title')?.textContent).toBe('Achat <en ligne>');
        expect(svg).not.toContain('<en ligne>');
    });

    it('holds the stages in order, the lanes with their type, and every card text, escaped', () => {
        const doc = parse(svgOf(sampleMap()).svg);
        const all = texts(doc);
        expect(all.indexOf('Recherche')).toBeLessThan(all.indexOf('Achat'));
        expect(all).toContain('Compare');
        expect(all).toContain('PAIN POINTS');
        expect(all).toContain('Compte obligatoire <script>');
        expect(doc.querySelector('script')).toBeNull();
        expect(all).toContain('Remplit le panier');
        expect(all).not.toContain('On a deleted stage');
    });

    it('colours a card edge by severity and labels channels and severities', () => {
        const { svg } = svgOf(sampleMap());
        const doc = parse(svg);
        expect(texts(doc)).toEqual(expect.arrayContaining(['Web', 'Critical', 'CX-12 In Progress']));
        expect(doc.querySelectorAll('rect[fill="#bf2600"]').length).toBeGreaterThanOrEqual(2);
    });

    it('draws the emotion curve: a dashed future series, points with their text, and a legend', () => {
        const doc = parse(svgOf(sampleMap()).svg);
        const lines = [...doc.querySelectorAll('polyline')];
        expect(lines.some((l) => l.getAttribute('stroke-dasharray'))).toBe(true);
        expect(doc.querySelectorAll('circle')).toHaveLength(5);
        expect(doc.querySelector('circle title')?.textContent).toContain('Recherche');
        expect(texts(doc)).toEqual(expect.arrayContaining(['Current curve', 'Future curve (Léa)', 'Current curve (Marc)']));
    });

    it('escapes a hostile title, stage, persona colour and card text in text and attributes', () => {
        const map = sampleMap({
            title: 'A&B "quoted" </svg>',
            stages: [{ id: 10, name: "<stage onload='x'>", position: 0, version: 1 }],
            personas: [{ id: 1, name: 'P', color: '"/><script>alert(1)</script>' }],
            cards: [{ id: 1, stageId: 10, laneId: 20, position: 0, text: ']]> & <!-- -->', version: 1 }],
            emotions: [{ id: 2, stageId: 10, curve: 'CURRENT', personaId: 1, score: 1, version: 1 }],
        });
        const { svg } = svgOf(map);
        const doc = parse(svg);
        expect(doc.querySelector('title')?.textContent).toBe('A&B "quoted" </svg>');
        expect(texts(doc)).toEqual(expect.arrayContaining(["<stage onload='x'>", ']]> & <!-- -->']));
        expect(doc.querySelector('script')).toBeNull();
        expect(doc.querySelector('circle')?.getAttribute('fill')).toBe('"/><script>alert(1)</script>');
    });

    it('lays out a large map (40 stages × 12 lanes, 2,400 cards) with every card and room for each', () => {
        const stages = Array.from({ length: 40 }, (_, i) => ({ id: 100 + i, name: `Stage ${i + 1}`, position: i, version: 1 }));
        const lanes = Array.from({ length: 12 }, (_, i) => ({ id: 200 + i, name: `Lane ${i + 1}`,
            type: i === 3 ? 'EMOTIONS' as const : 'PAIN_POINTS' as const, position: i, version: 1 }));
        const cards = Array.from({ length: 2400 }, (_, i) => ({ id: 1000 + i, stageId: 100 + (i % 40), laneId: 200 + (Math.floor(i / 40) % 12),
            position: Math.floor(i / 480), text: `Card ${i} with a longer sentence that wraps over several lines of the column`,
            severity: 'HIGH' as const, version: 1 }));
        const emotions = stages.map((s, i) => ({ id: 5000 + i, stageId: s.id, curve: 'CURRENT' as const, score: (i % 5) - 2, version: 1 }));
        const map = sampleMap({ stages, lanes, cards, emotions, personas: [] });

        const { svg, width, height } = svgOf(map);
        const doc = parse(svg);

        expect(width).toBeGreaterThanOrEqual(40 * COLUMN);
        expect(doc.querySelectorAll('text tspan').length).toBeGreaterThan(2400 * 2);
        const cardTexts = [...doc.querySelectorAll('text > tspan:first-child')].filter((t) => t.textContent?.startsWith('Card '));
        expect(cardTexts).toHaveLength(2400);
        expect(doc.querySelectorAll('circle')).toHaveLength(40);
        const bottoms = [...doc.querySelectorAll('rect')].map((r) => Number(r.getAttribute('y')) + Number(r.getAttribute('height')));
        expect(Math.max(...bottoms)).toBeLessThanOrEqual(height);
        expect(pngScale(width, height) * Math.max(width, height)).toBeLessThanOrEqual(16_384);
    }, 60_000); // jsdom parses and queries a 2 MB document slowly on a loaded machine
});

describe('pngScale', () => {
    it('draws at twice the size, less when the canvas would be too large', () => {
        expect(pngScale(2000, 1000)).toBe(2);
        expect(pngScale(10_000, 3000)).toBeCloseTo(1.6384);
        expect(pngScale(12_000, 12_000)).toBeLessThan(1);
    });
});
