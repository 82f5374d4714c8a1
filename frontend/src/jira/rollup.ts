// The Jira roll-up: "n of m pain points resolved" for the map and for each stage (computed by the server).

import type { IssueRollup, StageRollup } from '../common/api/jira';

/** The roll-up of one stage; undefined when the map has none or the stage holds no pain point. */
export function stageRollup(rollup: IssueRollup | undefined, stageId: number): StageRollup | undefined {
    const stage = rollup?.stages.find((s) => s.stageId === stageId);
    return stage !== undefined && stage.total > 0 ? stage : undefined;
}

/** The map's roll-up when it has pain points to count. */
export function mapRollup(rollup: IssueRollup | undefined): IssueRollup | undefined {
    return rollup !== undefined && rollup.total > 0 ? rollup : undefined;
}

/** How far along: none, some or all pain points resolved (a colour for the badge). */
export function progressOf(counts: { readonly resolved: number; readonly total: number }): 'none' | 'some' | 'all' {
    if (counts.resolved >= counts.total) {
        return 'all';
    }
    return counts.resolved > 0 ? 'some' : 'none';
}
