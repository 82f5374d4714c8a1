// The fields a card's lane type allows: channel (with its icon), severity, status, owner, impact, effort,
// and evidence on every card. An empty choice clears the field.

import type { Card } from '../../common/api/cards';
import { CHANNELS, SEVERITIES } from '../../common/api/cards';
import type { LaneType } from '../../common/api/lanes';
import { CHANNEL_ICONS, iconClass } from '../icons';
import { fieldsFor, type CardField } from '../model';
import { InlineText } from './InlineText';
import { useFieldError } from './SaveState';
import { useEditor } from './context';

const CHOICES: Readonly<Record<Exclude<CardField, 'ownerKey'>, { readonly values: readonly string[]; readonly prefix: string }>> = {
    channel: { values: CHANNELS, prefix: 'journeymaps.channel.' },
    severity: { values: SEVERITIES, prefix: 'journeymaps.severity.' },
    status: { values: ['OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED'], prefix: 'journeymaps.status.' },
    impact: { values: ['LOW', 'MEDIUM', 'HIGH'], prefix: 'journeymaps.rating.' },
    effort: { values: ['LOW', 'MEDIUM', 'HIGH'], prefix: 'journeymaps.rating.' },
    evidence: { values: ['ASSUMED', 'PARTIAL', 'VALIDATED'], prefix: 'journeymaps.evidence.' },
};

function Choice({ card, field }: { readonly card: Card; readonly field: Exclude<CardField, 'ownerKey'> }) {
    const { store, i18n } = useEditor();
    const label = i18n.text(`journeymaps.editor.card.${field}`);
    const error = useFieldError('card', card.id, field);
    const id = `jm-card-${card.id}-${field}`;
    const value = card[field] ?? '';
    return (
        <div class={`jm-card-field jm-card-${field}${value ? ` jm-${field}-${value}` : ''}`}>
            {field === 'channel' && value && <span class={iconClass(CHANNEL_ICONS[value as keyof typeof CHANNEL_ICONS])} aria-hidden="true" />}
            <label for={id} class="jm-field-label">{label}</label>
            <select id={id} class="select jm-select" value={value} aria-invalid={error ? true : undefined}
                onChange={(e) => {
                    const chosen = (e.currentTarget as HTMLSelectElement).value;
                    void store.patch('card', store.refOf('card', card.id), { [field]: chosen === '' ? null : chosen }, label);
                }}>
                <option value="">{i18n.text('journeymaps.editor.card.none')}</option>
                {CHOICES[field].values.map((v) => <option key={v} value={v}>{i18n.text(CHOICES[field].prefix + v)}</option>)}
            </select>
            {error && <div class="error jm-field-error">{error}</div>}
        </div>
    );
}

export function CardFields({ card, laneType }: { readonly card: Card; readonly laneType: LaneType }) {
    const { store, i18n } = useEditor();
    const ownerError = useFieldError('card', card.id, 'ownerKey');
    return (
        <div class="jm-card-fields">
            {fieldsFor(laneType).map((field) => (field === 'ownerKey'
                ? <div key={field} class="jm-card-field jm-card-owner">
                    <InlineText id={`jm-card-${card.id}-owner`} value={card.ownerKey ?? ''} label={i18n.text('journeymaps.editor.card.ownerKey')}
                        placeholder={i18n.text('journeymaps.editor.card.ownerKey')} error={ownerError}
                        onCommit={(ownerKey) => void store.patch('card', store.refOf('card', card.id), { ownerKey: ownerKey.trim() === '' ? null : ownerKey.trim() },
                            i18n.text('journeymaps.editor.card.ownerKey'))} />
                </div>
                : <Choice key={field} card={card} field={field} />))}
        </div>
    );
}
