// One card's face, by lane type: actions as a raised card; touchpoints with their channel chip; thoughts as
// an italic speech bubble; pain points under a severity band with their Jira issues; opportunities with
// status, owner, impact and effort; backstage sunken and dashed. `children` go on top (comment badge).

import type { ComponentChildren } from 'preact';
import type { Card, Rating } from '../common/api/cards';
import type { LaneType } from '../common/api/lanes';
import type { I18n } from '../common/i18n';
import { IssueLozenge } from '../jira/components/IssueLozenge';
import { Icon } from './icons';
import { cssName, initials } from './text';

interface Props {
    readonly card: Card;
    readonly laneType: LaneType;
    readonly i18n: I18n;
    readonly children?: ComponentChildren;
    /** Extra attributes for the card's element (focus handling, selection). */
    readonly attributes?: Record<string, unknown>;
}

const STATUS_TONE: Record<string, string> = {
    OPEN: 'jm-loz-purple', IN_PROGRESS: 'jm-loz-blue', DONE: 'jm-loz-green', DISMISSED: 'jm-loz-red',
};
const RATING_LEVEL: Record<Rating, number> = { LOW: 1, MEDIUM: 2, HIGH: 3 };

export function CardFace({ card, laneType, i18n, children, attributes }: Props) {
    const type = laneType === 'CHANNELS' ? 'TOUCHPOINTS' : laneType;
    return (
        <div class={`jm-card jm-card-${cssName(type)}`} data-card-id={card.id} {...attributes}>
            {card.severity && (
                <p class={`jm-severity jm-severity-${cssName(card.severity)}`}>
                    <Icon name={card.severity} size={12} />
                    {i18n.text(`journeymaps.canvas.severity.${card.severity}`)}
                    <Evidence card={card} i18n={i18n} />
                </p>
            )}
            {card.channel && (
                <p class="jm-card-kind">
                    <Icon name={card.channel} size={12} />{i18n.text(`journeymaps.channel.${card.channel}`)}
                    {!card.severity && <Evidence card={card} i18n={i18n} />}
                </p>
            )}
            {!card.severity && !card.channel && card.evidence && (
                <p class="jm-card-top"><Evidence card={card} i18n={i18n} /></p>
            )}
            <p class="jm-card-text">{card.text}</p>
            <CardFoot card={card} i18n={i18n} />
            {children}
        </div>
    );
}

function Evidence({ card, i18n }: { readonly card: Card; readonly i18n: I18n }) {
    if (!card.evidence) {
        return null;
    }
    const label = i18n.text(`journeymaps.evidence.${card.evidence}`);
    return (
        <span class="jm-evidence" title={label}>
            <Icon name={card.evidence} size={12} /><span class="jm-visually-hidden">{label}</span>
        </span>
    );
}

function CardFoot({ card, i18n }: { readonly card: Card; readonly i18n: I18n }) {
    const issues = card.issues ?? [];
    const owner = card.ownerName ?? card.ownerKey;
    if (issues.length === 0 && !card.status && !owner && !card.impact && !card.effort) {
        return null;
    }
    return (
        <div class="jm-card-foot">
            {issues.map((issue) => <IssueLozenge key={issue.server + issue.key} issue={issue} i18n={i18n} />)}
            {card.status && (
                <span class={`jm-lozenge-c ${STATUS_TONE[card.status]}`}>{i18n.text(`journeymaps.status.${card.status}`)}</span>
            )}
            {owner && (
                <span class="jm-avatar" title={i18n.text('journeymaps.canvas.owner', owner)}>
                    <span aria-hidden="true">{initials(owner)}</span>
                    <span class="jm-visually-hidden">{i18n.text('journeymaps.canvas.owner', owner)}</span>
                </span>
            )}
            {card.impact && <Bars kind="impact" rating={card.impact} i18n={i18n} />}
            {card.effort && <Bars kind="effort" rating={card.effort} i18n={i18n} />}
        </div>
    );
}

function Bars({ kind, rating, i18n }: { readonly kind: 'impact' | 'effort'; readonly rating: Rating; readonly i18n: I18n }) {
    const level = RATING_LEVEL[rating];
    const value = i18n.text(`journeymaps.rating.${rating}`);
    return (
        <span class="jm-bars" title={i18n.text(`journeymaps.card.${kind}`, value)}>
            <span aria-hidden="true">{i18n.text(`journeymaps.canvas.${kind}`)}</span>
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                {[0, 1, 2].map((i) => (
                    <rect key={i} x={i * 4} y={8 - i * 3} width="3" height={4 + i * 3} rx=".5"
                          fill={i < level ? 'currentColor' : undefined} class={i < level ? undefined : 'jm-bar-off'} />
                ))}
            </svg>
            <span class="jm-visually-hidden">{value}</span>
        </span>
    );
}
