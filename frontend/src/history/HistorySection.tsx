// The editor's entry to history: a "History" button opening the drawer (Escape or × closes it and gives the
// focus back to the button), and the comparison with the counterpart map when the map has one. After a
// restore the page reloads, so the editor starts from the restored map, and says what the restore did.

import './history.css';
import { useRef, useState } from 'preact/hooks';
import type { JourneyMap } from '../common/api/maps';
import type { I18n } from '../common/i18n';
import { historyApi } from './api';
import { CounterpartToggle } from './CounterpartToggle';
import { HistoryPanel } from './HistoryPanel';

/** Keeps the restore's summary across the reload that follows it. */
const restoredKey = (mapId: number) => `jm-restored-${mapId}`;

function takeRestored(mapId: number): string | null {
    const summary = sessionStorage.getItem(restoredKey(mapId));
    sessionStorage.removeItem(restoredKey(mapId));
    return summary;
}

export function HistorySection({ map, i18n }: { readonly map: JourneyMap; readonly i18n: I18n }) {
    const [open, setOpen] = useState(false);
    const [restored] = useState(() => takeRestored(map.id));
    const button = useRef<HTMLButtonElement>(null);
    const close = () => {
        setOpen(false);
        button.current?.focus();
    };
    const onRestored = (summary: string) => {
        sessionStorage.setItem(restoredKey(map.id), summary);
        window.location.reload();
    };
    return (
        <div class="jm-history-section">
            {restored && <div class="aui-message aui-message-success jm-history-restored" role="status"><p>{restored}</p></div>}
            <button type="button" ref={button} class="aui-button jm-history-button" aria-expanded={open} onClick={() => (open ? close() : setOpen(true))}>
                <span class="aui-icon aui-icon-small aui-iconfont-recent" aria-hidden="true" /> {i18n.text('journeymaps.history.open')}
            </button>
            {open && <HistoryPanel map={map} i18n={i18n} api={historyApi} onRestored={onRestored} onClose={close} />}
            {map.counterpartMapId != null && <CounterpartToggle mapId={map.id} i18n={i18n} />}
        </div>
    );
}
