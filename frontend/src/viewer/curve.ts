// The emotion curve as SVG geometry, laid out like the static view's (EmotionCurveFactory): one column of
// COLUMN_WIDTH per stage, scores -2..2 from bottom to top, one series per curve (current, future) and
// persona, broken where a stage has no score so no trend is invented across it.

import type { Emotion } from '../common/api/emotions';
import type { JourneyState, MapPersona } from '../common/api/maps';
import type { Stage } from '../common/api/stages';

export const COLUMN_WIDTH = 100;
export const HEIGHT = 100;
const SCORE_STEP = 20;
const CURVE_COLOURS: Record<JourneyState, string> = { CURRENT: '#0052cc', FUTURE: '#00875a' };
const CURVE_ORDER: Record<JourneyState, number> = { CURRENT: 0, FUTURE: 1 };

export interface CurvePoint {
    readonly emotionId: number;
    /** The stage's column, 0 first. */
    readonly column: number;
    readonly stage: Stage;
    readonly score: number;
    readonly note: string | null;
    readonly x: number;
    readonly y: number;
}

export interface CurveSeries {
    readonly key: string;
    readonly curve: JourneyState;
    readonly persona: MapPersona | null;
    readonly color: string;
    /** The future curve is dashed, as in the static view. */
    readonly dashed: boolean;
    readonly points: readonly CurvePoint[];
    /** SVG polyline `points` strings, one per unbroken run of stages. */
    readonly segments: readonly string[];
}

export const scoreY = (score: number): number => HEIGHT / 2 - score * SCORE_STEP;
export const columnX = (index: number): number => index * COLUMN_WIDTH + COLUMN_WIDTH / 2;
export const GRID_LINES_Y: readonly number[] = [2, 1, 0, -1, -2].map(scoreY);

export function viewBox(stageCount: number): string {
    return `0 0 ${Math.max(1, stageCount) * COLUMN_WIDTH} ${HEIGHT}`;
}

/** The series of the map's emotion points on the given stages, current before future, then by persona. */
export function curveSeries(stages: readonly Stage[], emotions: readonly Emotion[],
                            personas: readonly MapPersona[]): CurveSeries[] {
    const column = new Map(stages.map((stage, index) => [stage.id, index]));
    const personaById = new Map(personas.map((p) => [p.id, p]));
    const groups = new Map<string, Array<{ emotion: Emotion; index: number }>>();
    const sorted = [...emotions]
        .sort((a, b) => CURVE_ORDER[a.curve] - CURVE_ORDER[b.curve] || (a.personaId ?? 0) - (b.personaId ?? 0));
    for (const emotion of sorted) {
        const index = column.get(emotion.stageId);
        if (index === undefined) {
            continue;
        }
        const key = `${emotion.curve}:${emotion.personaId ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), { emotion, index }]);
    }
    return [...groups.entries()].map(([key, group]) => {
        const ordered = [...group].sort((a, b) => a.index - b.index);
        const { curve, personaId } = ordered[0].emotion;
        const persona = personaId == null ? null : personaById.get(personaId) ?? null;
        return {
            key,
            curve,
            persona,
            color: persona?.color || CURVE_COLOURS[curve],
            dashed: curve === 'FUTURE',
            points: ordered.map(({ emotion, index }) => ({
                emotionId: emotion.id, column: index, stage: stages[index], score: emotion.score, note: emotion.note ?? null,
                x: columnX(index), y: scoreY(emotion.score),
            })),
            segments: segments(ordered.map(({ index }) => index), ordered.map(({ emotion }) => emotion.score)),
        };
    });
}

function segments(columns: readonly number[], scores: readonly number[]): string[] {
    const runs: string[][] = [];
    columns.forEach((index, i) => {
        if (i === 0 || index !== columns[i - 1] + 1) {
            runs.push([]);
        }
        runs[runs.length - 1].push(`${columnX(index)},${scoreY(scores[i])}`);
    });
    return runs.map((run) => run.join(' '));
}

/** The i18n key suffix of a score's level, as the static view names it. */
export function levelKey(score: number): string {
    return score < 0 ? `minus${-score}` : score > 0 ? `plus${score}` : 'zero';
}
