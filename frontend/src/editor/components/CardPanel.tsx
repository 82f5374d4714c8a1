// The selected card's fields: text, then what its lane type allows (severity, channel, status, owner, impact,
// effort), evidence, its Jira issues, its discussion and delete. Each change is saved on its own.

import type { Card } from '../../common/api/cards';
import { CHANNELS, SEVERITIES } from '../../common/api/cards';
import type { Lane } from '../../common/api/lanes';
import { CardIssues, JIRA_LANES } from '../../jira/components/CardIssues';
import { Icon } from '../../canvas/icons';
import { fieldsFor, type CardField } from '../model';
import { useDeleteCard } from './deletes';
import { InlineText } from './InlineText';
import { OwnerPicker } from './OwnerPicker';
import { SaveState, useFieldError } from './SaveState';
import { Segmented } from './Segmented';
import { ThreadLink } from './ThreadLink';
import { useEditor } from './context';

const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED'] as const;
const RATINGS = ['LOW', 'MEDIUM', 'HIGH'] as const;
const EVIDENCE = ['ASSUMED', 'PARTIAL', 'VALIDATED'] as const;

export function CardPanel({ card, lane }: { readonly card: Card; readonly lane: Lane }) {
    const { store, i18n } = useEditor();
    const deleteCard = useDeleteCard();
    const fields = fieldsFor(lane.type);
    const has = (field: CardField) => fields.includes(field);
    const ref = store.refOf('card', card.id);
    const save = (field: string, value: unknown, label: string) => void store.patch('card', ref, { [field]: value }, label);
    const textLabel = i18n.text('journeymaps.editor.card.text');
    const textError = useFieldError('card', card.id, 'text');
    const choose = (field: CardField) => (value: string) => save(field, value === '' ? null : value, i18n.text(`journeymaps.editor.card.${field}`));
    const ratings = RATINGS.map((r) => ({ value: r, label: i18n.text(`journeymaps.rating.${r}`) }));
    const none = { value: '', label: i18n.text('journeymaps.editor.card.none') };
    const anchorLabel = i18n.text('journeymaps.comments.anchor.card', card.text);
    return (
        <>
            <div class="jm-panel-field">
                <label class="jm-panel-label" for={`jm-card-${card.id}-text`}>{i18n.text('journeymaps.editor.panel.text')}</label>
                <InlineText id={`jm-card-${card.id}-text`} multiline value={card.text} label={textLabel} error={textError}
                    className="jm-panel-input" onCommit={(text) => save('text', text, textLabel)} />
                <SaveState kind="card" id={card.id} field="text" label={textLabel} />
            </div>
            {has('severity') && (
                <Segmented name={`jm-card-${card.id}-severity`} legend={i18n.text('journeymaps.editor.card.severity')}
                    value={card.severity ?? ''} onChange={choose('severity')}
                    options={SEVERITIES.map((s) => ({ value: s, label: i18n.text(`journeymaps.editor.severity.${s}`), icon: <Icon name={s} size={12} /> }))} />
            )}
            {has('channel') && (
                <div class="jm-panel-field">
                    <label class="jm-panel-label" for={`jm-card-${card.id}-channel`}>
                        {i18n.text('journeymaps.editor.panel.channel')} <span class="jm-panel-optional">{i18n.text('journeymaps.editor.panel.channel.optional')}</span>
                    </label>
                    <div class="jm-select-with-icon">
                        {card.channel && <Icon name={card.channel} />}
                        <select id={`jm-card-${card.id}-channel`} class="select jm-panel-input" value={card.channel ?? ''}
                            onChange={(e) => choose('channel')((e.currentTarget as HTMLSelectElement).value)}>
                            <option value="">{i18n.text('journeymaps.editor.card.none')}</option>
                            {CHANNELS.map((c) => <option key={c} value={c}>{i18n.text(`journeymaps.channel.${c}`)}</option>)}
                        </select>
                    </div>
                </div>
            )}
            {has('status') && (
                <div class="jm-panel-field">
                    <label class="jm-panel-label" for={`jm-card-${card.id}-status`}>{i18n.text('journeymaps.editor.card.status')}</label>
                    <select id={`jm-card-${card.id}-status`} class="select jm-panel-input" value={card.status ?? ''}
                        onChange={(e) => choose('status')((e.currentTarget as HTMLSelectElement).value)}>
                        <option value="">{i18n.text('journeymaps.editor.card.none')}</option>
                        {STATUSES.map((s) => <option key={s} value={s}>{i18n.text(`journeymaps.status.${s}`)}</option>)}
                    </select>
                </div>
            )}
            {has('ownerKey') && (
                <div class="jm-panel-field">
                    <label class="jm-panel-label" for={`jm-card-${card.id}-owner`}>{i18n.text('journeymaps.editor.card.ownerKey')}</label>
                    <OwnerPicker id={`jm-card-${card.id}-owner`} owner={card.ownerKey ?? null} ownerName={card.ownerName ?? null}
                        onChange={(user) => {
                            // The display name shows at once; the server's answer confirms it.
                            store.setElement('card', { ...card, ownerName: user?.displayName ?? undefined } as Card);
                            save('ownerKey', user?.name ?? null, i18n.text('journeymaps.editor.card.ownerKey'));
                        }} />
                    <p class="jm-panel-help">{i18n.text('journeymaps.editor.owner.help')}</p>
                </div>
            )}
            {has('impact') && <Segmented name={`jm-card-${card.id}-impact`} legend={i18n.text('journeymaps.editor.card.impact')}
                value={card.impact ?? ''} onChange={choose('impact')} options={[none, ...ratings]} />}
            {has('effort') && <Segmented name={`jm-card-${card.id}-effort`} legend={i18n.text('journeymaps.editor.card.effort')}
                value={card.effort ?? ''} onChange={choose('effort')} options={[none, ...ratings]} />}
            <Segmented name={`jm-card-${card.id}-evidence`} legend={i18n.text('journeymaps.editor.panel.evidence')} stacked
                value={card.evidence ?? ''} onChange={choose('evidence')}
                options={[{ value: '', label: i18n.text('journeymaps.editor.panel.evidence.none') },
                    ...EVIDENCE.map((e) => ({ value: e, label: i18n.text(`journeymaps.evidence.${e}`), icon: <Icon name={e} size={12} /> }))]} />
            {JIRA_LANES.has(lane.type) && (
                <div class="jm-panel-field">
                    <span class="jm-panel-label">{i18n.text('journeymaps.editor.panel.jira')}</span>
                    <CardIssues card={card} laneType={lane.type} />
                </div>
            )}
            <ThreadLink anchor={{ type: 'CARD', id: card.id }} label={anchorLabel} />
            <div class="jm-panel-actions">
                <button type="button" class="aui-button jm-panel-delete" onClick={() => void deleteCard(card.id)}>
                    <span class="aui-icon aui-icon-small aui-iconfont-delete" aria-hidden="true" /> {i18n.text('journeymaps.editor.card.delete')}
                </button>
            </div>
        </>
    );
}
