// "Refresh now" beside the roll-up: reads every linked issue's status from Jira again, skipping the server's
// cache, then shows the map as it now is, and says when the statuses were last read and whether it worked.

import { useState } from 'preact/hooks';
import { refreshIssues } from '../../common/api/jira';
import { getMap, type JourneyMap } from '../../common/api/maps';
import type { I18n } from '../../common/i18n';
import { describeFailure } from '../failure';
import { hasLinkedIssues, lastSyncedAt } from '../lozenge';
import '../jira.css';

interface Props {
    readonly map: JourneyMap;
    readonly i18n: I18n;
    readonly onRefreshed: (map: JourneyMap) => void;
}

export function JiraRefresh({ map, i18n, onRefreshed }: Props) {
    const [busy, setBusy] = useState(false);
    const [outcome, setOutcome] = useState('');
    if (!hasLinkedIssues(map.cards)) {
        return null;
    }
    const refresh = async () => {
        setBusy(true);
        setOutcome('');
        try {
            await refreshIssues(map.id, true);
            const fresh = await getMap(map.id);
            onRefreshed(fresh);
            setOutcome(i18n.text('journeymaps.jira.refresh.done'));
        } catch (e) {
            setOutcome(describeFailure(i18n, e).text);
        } finally {
            setBusy(false);
        }
    };
    const synced = lastSyncedAt(map.cards);
    return (
        <div class="jm-jira-refresh">
            {synced !== undefined && (
                <span class="jm-jira-synced">
                    {i18n.text('journeymaps.jira.refresh.syncedAt', i18n.dateTime(synced))}
                </span>
            )}
            <button type="button" class="aui-button aui-button-link jm-jira-refresh-now" aria-busy={busy} disabled={busy}
                onClick={() => void refresh()}>
                {i18n.text(busy ? 'journeymaps.jira.refresh.busy' : 'journeymaps.jira.refresh')}
            </button>
            <span class="jm-jira-refresh-outcome" role="status">{outcome}</span>
        </div>
    );
}
