// In the editor's map header: the map's counterpart in the other state, chosen among the maps of its space
// in that state (saved as `counterpartMapId`; "none" unlinks).

import { useEffect, useState } from 'preact/hooks';
import { listMaps, type JourneyMap, type MapSummary } from '../common/api/maps';
import type { I18n } from '../common/i18n';

interface Props {
    readonly map: JourneyMap;
    readonly i18n: I18n;
    readonly onChange: (counterpartMapId: number | null) => void;
}

export function CounterpartPicker({ map, i18n, onChange }: Props) {
    const [candidates, setCandidates] = useState<readonly MapSummary[]>([]);
    const otherState = map.state === 'CURRENT' ? 'FUTURE' : 'CURRENT';
    useEffect(() => {
        listMaps({ spaceKey: map.spaceKey, limit: 100 })
            .then((list) => setCandidates(list.results.filter((m) => m.state === otherState && m.id !== map.id)), () => setCandidates([]));
    }, [map.spaceKey, map.id, otherState]);
    return (
        <span class="jm-counterpart-picker">
            <label for="jm-map-counterpart">{i18n.text('journeymaps.history.counterpart.picker', i18n.text(`journeymaps.state.${otherState}`))}</label>
            <select id="jm-map-counterpart" class="select" value={String(map.counterpartMapId ?? '')}
                    onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; onChange(v === '' ? null : Number(v)); }}>
                <option value="">{i18n.text('journeymaps.history.counterpart.picker.none')}</option>
                {candidates.map((m) => <option key={m.id} value={String(m.id)}>{m.title}</option>)}
            </select>
        </span>
    );
}
