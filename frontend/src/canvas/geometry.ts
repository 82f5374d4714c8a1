// The emotion curve's geometry, in the SVG's units: one COLUMN per stage (the SVG stretches it to the real
// column width, so only x scales), a 184 px row with 46 px reserved above and below for labels, −2…+2 in
// 23 px steps. Pure functions, shared by the viewer, the editor and presentation mode.

export const COLUMN = 100;
export const ROW_HEIGHT = 184;
export const LABEL_SPACE = 46;
export const STEP = 23;
export const SCORES: readonly number[] = [2, 1, 0, -1, -2];

export const scoreY = (score: number): number => LABEL_SPACE + (2 - score) * STEP;
export const ZERO_Y = scoreY(0);
export const columnX = (column: number): number => column * COLUMN + COLUMN / 2;

export interface XY {
    readonly x: number;
    readonly y: number;
}

/** Tangents of a monotone cubic (Fritsch–Carlson): the curve never overshoots between two points. */
export function monotoneTangents(points: readonly XY[]): number[] {
    const n = points.length;
    if (n < 2) {
        return points.map(() => 0);
    }
    const slopes = points.slice(1).map((p, i) => (p.y - points[i].y) / (p.x - points[i].x));
    const m = points.map((_, i) => {
        if (i === 0) {
            return slopes[0];
        }
        if (i === n - 1) {
            return slopes[n - 2];
        }
        return slopes[i - 1] * slopes[i] <= 0 ? 0 : (slopes[i - 1] + slopes[i]) / 2;
    });
    slopes.forEach((d, i) => {
        if (d === 0) {
            m[i] = 0;
            m[i + 1] = 0;
            return;
        }
        const a = m[i] / d;
        const b = m[i + 1] / d;
        const h = a * a + b * b;
        if (h > 9) {
            const t = 3 / Math.sqrt(h);
            m[i] = t * a * d;
            m[i + 1] = t * b * d;
        }
    });
    return m;
}

const r = (value: number) => Math.round(value * 100) / 100;

/** The SVG path through the points (x increasing): a cubic Bézier per interval with monotone tangents. */
export function monotonePath(points: readonly XY[]): string {
    if (points.length === 0) {
        return '';
    }
    const m = monotoneTangents(points);
    let d = `M${r(points[0].x)},${r(points[0].y)}`;
    for (let i = 0; i < points.length - 1; i++) {
        const p = points[i];
        const q = points[i + 1];
        const h = (q.x - p.x) / 3;
        d += `C${r(p.x + h)},${r(p.y + m[i] * h)} ${r(q.x - h)},${r(q.y - m[i + 1] * h)} ${r(q.x)},${r(q.y)}`;
    }
    return d;
}

/** The area between the curve and the zero line (to fill green above zero and red below, by clipping). */
export function areaPath(points: readonly XY[]): string {
    if (points.length < 2) {
        return '';
    }
    const first = points[0];
    const last = points[points.length - 1];
    return `${monotonePath(points)}L${r(last.x)},${ZERO_Y}L${r(first.x)},${ZERO_Y}Z`;
}

/** Where a point's label goes: above a local maximum, below a minimum, on a slope below on the free side. */
export type LabelPlacement = 'above' | 'below' | 'below-r' | 'below-l';

export function labelPlacement(previous: number | undefined, score: number, next: number | undefined): LabelPlacement {
    const neighbours = [previous, next].filter((s): s is number => s !== undefined);
    if (neighbours.every((s) => s <= score)) {
        return 'above';
    }
    if (neighbours.every((s) => s >= score)) {
        return 'below';
    }
    return (previous ?? score) < score ? 'below-r' : 'below-l';
}

/** Runs of consecutive columns (a stage without a score breaks the curve: no trend is invented across it). */
export function runs<T extends { readonly column: number }>(points: readonly T[]): T[][] {
    const out: T[][] = [];
    points.forEach((point, i) => {
        if (i === 0 || point.column !== points[i - 1].column + 1) {
            out.push([]);
        }
        out[out.length - 1].push(point);
    });
    return out;
}
