// "n of m pain points resolved", for the whole map (above the grid) or one stage (in its header).

import type { IssueRollup } from '../../common/api/jira';
import type { I18n } from '../../common/i18n';
import { mapRollup, progressOf, stageRollup } from '../rollup';
import '../jira.css';

function RollupBadge({ counts, i18n }: { readonly counts: { resolved: number; total: number }; readonly i18n: I18n }) {
    return (
        <span class={`jm-rollup jm-rollup-${progressOf(counts)}`}>
            {i18n.text('journeymaps.jira.rollup', counts.resolved, counts.total)}
        </span>
    );
}

export function StageRollup({ rollup, stageId, i18n }: { readonly rollup?: IssueRollup; readonly stageId: number; readonly i18n: I18n }) {
    const counts = stageRollup(rollup, stageId);
    return counts === undefined ? null : <RollupBadge counts={counts} i18n={i18n} />;
}

export function MapRollup({ rollup, i18n }: { readonly rollup?: IssueRollup; readonly i18n: I18n }) {
    const counts = mapRollup(rollup);
    return counts === undefined ? null : (
        <p class="jm-map-rollup">
            <RollupBadge counts={counts} i18n={i18n} />
        </p>
    );
}
