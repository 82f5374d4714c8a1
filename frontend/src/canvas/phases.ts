// Consecutive stages with the same phase form one group in the band above the stages; each stage takes the
// tone (1 light … 3 dark) of its phase, or of its third of the journey when the map has no phases.

export interface PhaseGroup {
    readonly name: string;
    /** The first stage's index and how many stages the group spans. */
    readonly start: number;
    readonly span: number;
    readonly tone: 1 | 2 | 3;
}

const toneOf = (index: number): 1 | 2 | 3 => ((index % 3) + 1) as 1 | 2 | 3;

/** The phase groups, or none when no stage has a phase (stages without one form unnamed groups). */
export function phaseGroups(stages: ReadonlyArray<{ readonly phase?: string | null }>): PhaseGroup[] {
    if (!stages.some((s) => (s.phase ?? '').trim() !== '')) {
        return [];
    }
    const groups: Array<{ name: string; start: number; span: number }> = [];
    stages.forEach((stage, index) => {
        const name = (stage.phase ?? '').trim();
        const last = groups[groups.length - 1];
        if (last !== undefined && last.name === name) {
            last.span++;
        } else {
            groups.push({ name, start: index, span: 1 });
        }
    });
    let named = 0;
    return groups.map((g) => ({ ...g, tone: toneOf(g.name === '' ? 0 : named++) }));
}

/** The tone of each stage. */
export function stageTones(stages: ReadonlyArray<{ readonly phase?: string | null }>): Array<1 | 2 | 3> {
    const groups = phaseGroups(stages);
    if (groups.length === 0) {
        return stages.map((_, i) => (Math.floor((i * 3) / Math.max(1, stages.length)) + 1) as 1 | 2 | 3);
    }
    return groups.flatMap((g) => Array.from({ length: g.span }, () => g.tone));
}
