// "Compare current and future state": a button that shows or hides the comparison with the counterpart map.

import './history.css';
import { useState } from 'preact/hooks';
import type { I18n } from '../common/i18n';
import { historyApi } from './api';
import { CounterpartView } from './CounterpartView';

export function CounterpartToggle({ mapId, i18n }: { readonly mapId: number; readonly i18n: I18n }) {
    const [shown, setShown] = useState(false);
    return (
        <div class="jm-counterpart-toggle">
            <button type="button" class="aui-button" aria-expanded={shown} onClick={() => setShown(!shown)}>
                {i18n.text('journeymaps.history.counterpart.open')}
            </button>
            {shown && <CounterpartView mapId={mapId} i18n={i18n} api={historyApi} />}
        </div>
    );
}
