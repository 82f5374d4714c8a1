// Pure helpers of the history views: how a comparison is shown and how two emotion curves are drawn.

import type { AlignedStage, DiffKind, ElementChange, Version } from './api';

/** CSS class of a changed element: added green, removed red and struck, changed amber. */
export function diffClass(change: DiffKind): string {
    return `jm-diff jm-diff-${change.toLowerCase()}`;
}

/** The changes grouped by element type, in the order the server gives them. */
export function groupByType(changes: readonly ElementChange[]): ReadonlyArray<[string, ElementChange[]]> {
    const groups = new Map<string, ElementChange[]>();
    for (const change of changes) {
        const group = groups.get(change.type) ?? [];
        group.push(change);
        groups.set(change.type, group);
    }
    return [...groups.entries()];
}

/** The name of a version as listed: its label, or "automatic" text the caller provides. */
export function versionName(version: Version, automatic: string): string {
    return version.label ?? automatic;
}

export interface PlotPoint {
    readonly x: number;
    readonly y: number;
}

/** Geometry of the overlaid curves: stage i at x, score −2…+2 from bottom to top. */
export interface Plot {
    readonly width: number;
    readonly height: number;
    readonly current: readonly (PlotPoint | null)[];
    readonly future: readonly (PlotPoint | null)[];
}

export const PLOT_STEP = 120;
export const PLOT_HEIGHT = 160;
const PAD = 24;

/** The x of stage i's column centre. */
export const stageX = (i: number): number => PAD + i * PLOT_STEP + PLOT_STEP / 2;

export function plot(stages: readonly AlignedStage[]): Plot {
    const at = (score: number | null, i: number): PlotPoint | null => score === null ? null
        : { x: stageX(i), y: PAD + ((2 - score) / 4) * (PLOT_HEIGHT - 2 * PAD) };
    return {
        width: 2 * PAD + stages.length * PLOT_STEP,
        height: PLOT_HEIGHT,
        current: stages.map((s, i) => at(s.current, i)),
        future: stages.map((s, i) => at(s.future, i)),
    };
}

/** SVG path of a curve: lines between consecutive points, a gap where a stage has none. */
export function pathOf(points: readonly (PlotPoint | null)[]): string {
    let d = '';
    let drawing = false;
    for (const p of points) {
        if (p === null) {
            drawing = false;
            continue;
        }
        d += `${drawing ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)} `;
        drawing = true;
    }
    return d.trim();
}

/** A change feed op (`<ELEMENT TYPE>_<KIND>`, e.g. `ISSUE_LINK_CREATED`) split into the keys of its two words. */
export function opParts(op: string): { type: string; kind: string } {
    const split = op.lastIndexOf('_');
    return split < 0 ? { type: op, kind: '' } : { type: op.slice(0, split), kind: op.slice(split + 1) };
}
