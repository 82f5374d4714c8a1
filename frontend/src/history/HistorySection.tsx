// The editor's entry to history: a "History" button opening the panel, and the comparison with the
// counterpart map when the map has one. After a restore the page reloads, so the editor starts from the
// restored map.

import './history.css';
import { useState } from 'preact/hooks';
import type { JourneyMap } from '../common/api/maps';
import type { I18n } from '../common/i18n';
import { historyApi } from './api';
import { CounterpartToggle } from './CounterpartToggle';
import { HistoryPanel } from './HistoryPanel';

export function HistorySection({ map, i18n }: { readonly map: JourneyMap; readonly i18n: I18n }) {
    const [open, setOpen] = useState(false);
    return (
        <div class="jm-history-section">
            <button type="button" class="aui-button jm-history-button" aria-expanded={open} onClick={() => setOpen(!open)}>
                <span class="aui-icon aui-icon-small aui-iconfont-recent" aria-hidden="true" /> {i18n.text('journeymaps.history.open')}
            </button>
            {open && <HistoryPanel map={map} i18n={i18n} api={historyApi} onRestored={() => window.location.reload()} />}
            {map.counterpartMapId != null && <CounterpartToggle mapId={map.id} i18n={i18n} />}
        </div>
    );
}
