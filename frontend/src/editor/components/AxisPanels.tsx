// The selected stage's fields (name, description, phase) and the selected lane's (name, type), with delete.

import type { Lane, LaneType } from '../../common/api/lanes';
import { LANE_TYPES } from '../../common/api/lanes';
import type { Stage } from '../../common/api/stages';
import { useDeleteAxis } from './deletes';
import { InlineText } from './InlineText';
import { SaveState, useFieldError } from './SaveState';
import { useEditor } from './context';

function NameField({ axis, id, name }: { readonly axis: 'stage' | 'lane'; readonly id: number; readonly name: string }) {
    const { store, i18n } = useEditor();
    const label = i18n.text(`journeymaps.editor.${axis}.name`);
    const error = useFieldError(axis, id, 'name');
    return (
        <div class="jm-panel-field">
            <label class="jm-panel-label" for={`jm-${axis}-${id}-name`}>{label}</label>
            <InlineText id={`jm-${axis}-${id}-name`} value={name} label={label} error={error} className="jm-panel-input"
                onCommit={(value) => void store.patch(axis, store.refOf(axis, id), { name: value }, label)} />
            <SaveState kind={axis} id={id} field="name" label={label} />
        </div>
    );
}

function DeleteButton({ axis, id, name }: { readonly axis: 'stage' | 'lane'; readonly id: number; readonly name: string }) {
    const { i18n } = useEditor();
    const remove = useDeleteAxis();
    return (
        <div class="jm-panel-actions">
            <button type="button" class="aui-button jm-panel-delete" onClick={() => void remove(axis, id)}>
                <span class="aui-icon aui-icon-small aui-iconfont-delete" aria-hidden="true" /> {i18n.text(`journeymaps.editor.${axis}.delete`, name)}
            </button>
        </div>
    );
}

export function StagePanel({ stage }: { readonly stage: Stage }) {
    const { store, i18n } = useEditor();
    const ref = store.refOf('stage', stage.id);
    const descriptionLabel = i18n.text('journeymaps.editor.stage.description', stage.name);
    const phaseLabel = i18n.text('journeymaps.editor.stage.phase');
    const descriptionError = useFieldError('stage', stage.id, 'description');
    const phaseError = useFieldError('stage', stage.id, 'phase');
    return (
        <>
            <NameField axis="stage" id={stage.id} name={stage.name} />
            <div class="jm-panel-field">
                <label class="jm-panel-label" for={`jm-stage-${stage.id}-description`}>{i18n.text('journeymaps.editor.stage.description.label')}</label>
                <InlineText id={`jm-stage-${stage.id}-description`} multiline value={stage.description ?? ''} label={descriptionLabel}
                    placeholder={i18n.text('journeymaps.editor.stage.description.placeholder')} error={descriptionError} className="jm-panel-input"
                    onCommit={(value) => void store.patch('stage', ref, { description: value }, descriptionLabel)} />
            </div>
            <div class="jm-panel-field">
                <label class="jm-panel-label" for={`jm-stage-${stage.id}-phase`}>{phaseLabel}</label>
                <InlineText id={`jm-stage-${stage.id}-phase`} value={stage.phase ?? ''} label={phaseLabel} error={phaseError} className="jm-panel-input"
                    onCommit={(value) => void store.patch('stage', ref, { phase: value.trim() === '' ? null : value.trim() }, phaseLabel)} />
                <p class="jm-panel-help">{i18n.text('journeymaps.editor.stage.phase.help')}</p>
            </div>
            <DeleteButton axis="stage" id={stage.id} name={stage.name} />
        </>
    );
}

export function LanePanel({ lane }: { readonly lane: Lane }) {
    const { store, i18n } = useEditor();
    const typeLabel = i18n.text('journeymaps.editor.lane.type');
    return (
        <>
            <NameField axis="lane" id={lane.id} name={lane.name} />
            <div class="jm-panel-field">
                <label class="jm-panel-label" for={`jm-lane-${lane.id}-type`}>{typeLabel}</label>
                <select id={`jm-lane-${lane.id}-type`} class="select jm-panel-input" value={lane.type}
                    onChange={(e) => void store.patch('lane', store.refOf('lane', lane.id), { type: (e.currentTarget as HTMLSelectElement).value as LaneType }, typeLabel)}>
                    {LANE_TYPES.map((t) => <option key={t} value={t}>{i18n.text(`journeymaps.lane.type.${t}`)}</option>)}
                </select>
            </div>
            <DeleteButton axis="lane" id={lane.id} name={lane.name} />
        </>
    );
}
