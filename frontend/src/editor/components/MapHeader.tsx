// The map's title, description and state (current or future), each saved on its own.

import type { JourneyState } from '../../common/api/maps';
import { CounterpartPicker } from '../../history/CounterpartPicker';
import { InlineText } from './InlineText';
import { SaveState, useFieldError } from './SaveState';
import { useEditor } from './context';

const STATES: readonly JourneyState[] = ['CURRENT', 'FUTURE'];

export function MapHeader() {
    const { store, i18n } = useEditor();
    const map = store.map;
    const ref = store.refOf('map', map.id);
    const save = (changes: Record<string, unknown>, label: string) => void store.patch('map', ref, changes, label);
    const titleError = useFieldError('map', map.id, 'title');
    const descriptionError = useFieldError('map', map.id, 'description');
    return (
        <div class="jm-map-header">
            <h1 class="jm-title">
                <InlineText id="jm-map-title" value={map.title} label={i18n.text('journeymaps.editor.map.title')} error={titleError}
                    onCommit={(title) => save({ title }, i18n.text('journeymaps.editor.map.title'))} />
            </h1>
            <div class="jm-map-meta">
                <label for="jm-map-state">{i18n.text('journeymaps.editor.map.state')}</label>
                <select id="jm-map-state" class="select" value={map.state}
                    onChange={(e) => save({ state: (e.currentTarget as HTMLSelectElement).value }, i18n.text('journeymaps.editor.map.state'))}>
                    {STATES.map((s) => <option key={s} value={s}>{i18n.text(`journeymaps.state.${s}`)}</option>)}
                </select>
                <CounterpartPicker map={map} i18n={i18n}
                    onChange={(counterpartMapId) => save({ counterpartMapId }, i18n.text('journeymaps.history.counterpart.label'))} />
                <SaveState kind="map" id={map.id} field="title" label={i18n.text('journeymaps.editor.map.title')} />
            </div>
            <InlineText id="jm-map-description" multiline value={map.description ?? ''} className="jm-description"
                label={i18n.text('journeymaps.editor.map.description')} placeholder={i18n.text('journeymaps.editor.map.description.placeholder')}
                error={descriptionError} onCommit={(description) => save({ description }, i18n.text('journeymaps.editor.map.description'))} />
        </div>
    );
}
