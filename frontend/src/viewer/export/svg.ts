// The map as a standalone SVG document, built from the model (not copied from the page, so it needs no
// page styles and holds only the map): the title, stage headers, lane headers, the cards of each cell and
// the emotion curve with its legend. Every text is escaped; fonts are named on the root element.

import type { Stage } from '../../common/api/stages';
import type { I18n } from '../../common/i18n';
import { pointText, seriesLabel } from '../../canvas/EmotionCurve';
import { COLUMN_WIDTH, type CurveSeries, GRID_LINES_Y, HEIGHT } from '../curve';
import type { GridLane } from '../grid';
import { type CardBox, drawCard, measureCard } from './card';
import { charsPerLine, escapeXml, wrapText } from './text';

export const FONT_FAMILY = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
const MARGIN = 16;
const GAP = 4;
const TITLE_HEIGHT = 40;
export const HEADER_WIDTH = 160;
export const COLUMN = 200;
const CELL_PAD = 4;
const CARD_GAP = 4;
const CURVE_HEIGHT = 120;
const LINE = 16;

export interface MapSvg {
    readonly svg: string;
    readonly width: number;
    readonly height: number;
}

interface Input {
    readonly title: string;
    readonly stages: readonly Stage[];
    readonly lanes: readonly GridLane[];
    readonly series: readonly CurveSeries[];
    readonly i18n: I18n;
}

const columnX = (index: number) => MARGIN + HEADER_WIDTH + GAP + index * (COLUMN + GAP);

function lines(text: string, width: number, fontSize: number, x: number, y: number, lineHeight: number, attrs: string): string {
    const spans = wrapText(text, charsPerLine(width, fontSize))
        .map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeXml(line)}</tspan>`);
    return `<text font-size="${fontSize}" ${attrs}>${spans.join('')}</text>`;
}

function stageHeader(stage: Stage, index: number, height: number): string {
    const x = columnX(index);
    const name = lines(stage.name, COLUMN - 16, 13, x + 8, MARGIN + TITLE_HEIGHT + 20, 17, 'font-weight="600" fill="#ffffff"');
    const nameHeight = wrapText(stage.name, charsPerLine(COLUMN - 16, 13)).length * 17;
    const description = stage.description
        ? lines(stage.description, COLUMN - 16, 11, x + 8, MARGIN + TITLE_HEIGHT + 20 + nameHeight, 14, 'fill="#deebff"') : '';
    return `<rect x="${x}" y="${MARGIN + TITLE_HEIGHT}" width="${COLUMN}" height="${height}" rx="3" fill="#0052cc"/>${name}${description}`;
}

function stageHeaderHeight(stage: Stage): number {
    const name = wrapText(stage.name, charsPerLine(COLUMN - 16, 13)).length * 17;
    const description = stage.description ? wrapText(stage.description, charsPerLine(COLUMN - 16, 11)).length * 14 : 0;
    return 8 + name + description + 10;
}

function laneHeader(lane: GridLane, y: number, height: number, i18n: I18n, legend: readonly CurveSeries[]): string {
    const nameLines = wrapText(lane.lane.name, charsPerLine(HEADER_WIDTH - 16, 13)).length;
    const typeY = y + 20 + nameLines * 17;
    const parts = [
        `<rect x="${MARGIN}" y="${y}" width="${HEADER_WIDTH}" height="${height}" rx="3" fill="#f4f5f7"/>`,
        lines(lane.lane.name, HEADER_WIDTH - 16, 13, MARGIN + 8, y + 20, 17, 'font-weight="600" fill="#172b4d"'),
        `<text x="${MARGIN + 8}" y="${typeY - 2}" font-size="10" fill="#505f79">`
            + `${escapeXml(i18n.text(`journeymaps.lane.type.${lane.lane.type}`).toUpperCase())}</text>`,
    ];
    legend.forEach((s, i) => {
        const ly = typeY + 14 + i * LINE;
        parts.push(`<line x1="${MARGIN + 8}" x2="${MARGIN + 28}" y1="${ly - 4}" y2="${ly - 4}" stroke="${escapeXml(s.color)}" stroke-width="3"`
            + `${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`);
        parts.push(`<text x="${MARGIN + 34}" y="${ly}" font-size="11" fill="#42526e">${escapeXml(seriesLabel(s, i18n))}</text>`);
    });
    return parts.join('');
}

const laneHeaderHeight = (lane: GridLane, legendRows: number) =>
    20 + wrapText(lane.lane.name, charsPerLine(HEADER_WIDTH - 16, 13)).length * 17 + legendRows * LINE + 8;

function curve(series: readonly CurveSeries[], stageCount: number, y: number, i18n: I18n): string {
    const left = columnX(0);
    const width = stageCount * (COLUMN + GAP) - GAP;
    const sx = (x: number) => left + ((x - COLUMN_WIDTH / 2) / COLUMN_WIDTH) * (COLUMN + GAP) + COLUMN / 2;
    const sy = (v: number) => y + 10 + (v / HEIGHT) * (CURVE_HEIGHT - 20);
    const parts = [`<rect x="${left}" y="${y}" width="${width}" height="${CURVE_HEIGHT}" rx="3" fill="#fafbfc"/>`];
    GRID_LINES_Y.forEach((gy) => parts.push(`<line x1="${left}" x2="${left + width}" y1="${sy(gy)}" y2="${sy(gy)}" stroke="#dfe1e6"/>`));
    if (series.length === 0) {
        parts.push(`<text x="${left + 8}" y="${y + CURVE_HEIGHT / 2}" font-size="12" fill="#5e6c84">`
            + `${escapeXml(i18n.text('journeymaps.viewer.curve.empty'))}</text>`);
    }
    for (const s of series) {
        const colour = escapeXml(s.color);
        for (const segment of s.segments) {
            const points = segment.split(' ').map((pair) => pair.split(',').map(Number)).map(([px, py]) => `${sx(px)},${sy(py)}`);
            parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2.5"`
                + `${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
        }
        for (const p of s.points) {
            parts.push(`<circle cx="${sx(p.x)}" cy="${sy(p.y)}" r="4.5" fill="${colour}" stroke="#ffffff" stroke-width="1.5">`
                + `<title>${escapeXml(pointText(p, i18n))}</title></circle>`);
        }
    }
    return parts.join('');
}

function cellsRow(lane: GridLane, boxes: ReadonlyArray<readonly CardBox[]>, y: number, height: number): string {
    return boxes.map((cell, index) => {
        const x = columnX(index);
        let top = y + CELL_PAD;
        const cards = cell.map((box) => {
            const drawn = drawCard(box, x + CELL_PAD, top, COLUMN - 2 * CELL_PAD, lane.lane.type);
            top += box.height + CARD_GAP;
            return drawn;
        });
        return `<rect x="${x}" y="${y}" width="${COLUMN}" height="${height}" rx="3" fill="#fafbfc"/>${cards.join('')}`;
    }).join('');
}

const cellHeight = (cell: readonly CardBox[]) =>
    2 * CELL_PAD + cell.reduce((sum, box) => sum + box.height, 0) + Math.max(0, cell.length - 1) * CARD_GAP;

/** The map (the given stages, lanes and curve series, as the reader filtered them) as an SVG document. */
export function buildMapSvg({ title, stages, lanes, series, i18n }: Input): MapSvg {
    const width = columnX(Math.max(1, stages.length)) - GAP + MARGIN;
    const headerHeight = Math.max(40, ...stages.map(stageHeaderHeight));
    const body: string[] = [];
    let y = MARGIN + TITLE_HEIGHT + headerHeight + GAP;
    for (const lane of lanes) {
        const boxes = lane.cells.map((cell) => cell.map((card) => measureCard(card, COLUMN - 2 * CELL_PAD, i18n)));
        const cardsHeight = Math.max(40, ...boxes.map(cellHeight));
        if (lane.lane.type === 'EMOTIONS') {
            const height = Math.max(CURVE_HEIGHT, laneHeaderHeight(lane, series.length));
            body.push(laneHeader(lane, y, height, i18n, series), curve(series, stages.length, y, i18n));
            y += height + GAP;
            if (lane.hasCards) {
                body.push(cellsRow(lane, boxes, y, cardsHeight));
                y += cardsHeight + GAP;
            }
        } else {
            const height = Math.max(cardsHeight, laneHeaderHeight(lane, 0));
            body.push(laneHeader(lane, y, height, i18n, []), cellsRow(lane, boxes, y, height));
            y += height + GAP;
        }
    }
    const height = y - GAP + MARGIN;
    const svg = '<?xml version="1.0" encoding="UTF-8"?>\n'
        + `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`
        + ` font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-labelledby="jm-export-title">`
        + `<title id="jm-export-title">${escapeXml(title)}</title>`
        + `<rect width="${width}" height="${height}" fill="#ffffff"/>`
        + `<text x="${MARGIN}" y="${MARGIN + 24}" font-size="20" font-weight="600" fill="#172b4d">${escapeXml(title)}</text>`
        + stages.map((stage, i) => stageHeader(stage, i, headerHeight)).join('')
        + body.join('')
        + '</svg>\n';
    return { svg, width, height };
}
