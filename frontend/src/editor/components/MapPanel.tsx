// The map's own fields in the side panel: title, description, state and the counterpart map.

import type { JourneyState } from '../../common/api/maps';
import { CounterpartPicker } from '../../history/CounterpartPicker';
import { InlineText } from './InlineText';
import { SaveState, useFieldError } from './SaveState';
import { Segmented } from './Segmented';
import { useEditor } from './context';

const STATES: readonly JourneyState[] = ['CURRENT', 'FUTURE'];

export function MapPanel() {
    const { store, i18n } = useEditor();
    const map = store.map;
    const ref = store.refOf('map', map.id);
    const save = (changes: Record<string, unknown>, label: string) => void store.patch('map', ref, changes, label);
    const titleError = useFieldError('map', map.id, 'title');
    const descriptionError = useFieldError('map', map.id, 'description');
    const titleLabel = i18n.text('journeymaps.editor.map.title');
    return (
        <>
            <div class="jm-panel-field">
                <label class="jm-panel-label" for="jm-map-title">{titleLabel}</label>
                <InlineText id="jm-map-title" value={map.title} label={titleLabel} error={titleError} className="jm-panel-input"
                    onCommit={(title) => save({ title }, titleLabel)} />
                <SaveState kind="map" id={map.id} field="title" label={titleLabel} />
            </div>
            <div class="jm-panel-field">
                <label class="jm-panel-label" for="jm-map-description">{i18n.text('journeymaps.editor.map.description')}</label>
                <InlineText id="jm-map-description" multiline value={map.description ?? ''} className="jm-panel-input"
                    label={i18n.text('journeymaps.editor.map.description')} placeholder={i18n.text('journeymaps.editor.map.description.placeholder')}
                    error={descriptionError} onCommit={(description) => save({ description }, i18n.text('journeymaps.editor.map.description'))} />
            </div>
            <Segmented name="jm-map-state" legend={i18n.text('journeymaps.editor.map.state')} value={map.state}
                onChange={(state) => save({ state }, i18n.text('journeymaps.editor.map.state'))}
                options={STATES.map((s) => ({ value: s, label: i18n.text(`journeymaps.state.${s}`) }))} />
            <div class="jm-panel-field">
                <CounterpartPicker map={map} i18n={i18n}
                    onChange={(counterpartMapId) => save({ counterpartMapId }, i18n.text('journeymaps.history.counterpart.label'))} />
            </div>
        </>
    );
}
