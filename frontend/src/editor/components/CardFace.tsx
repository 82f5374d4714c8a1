// What a card shows on the canvas, by lane type: the channel chip, the severity band, the opportunity's
// status, owner, impact and effort, the evidence mark, the Jira issues and an open thread's badge. No controls.

import type { Card, Severity } from '../../common/api/cards';
import type { LaneType } from '../../common/api/lanes';
import { CommentBadge } from '../../comments/CommentBadge';
import { IssueLozenge } from '../../jira/components/IssueLozenge';
import { initials } from '../../live/PresenceList';
import { ChannelIcon } from '../../viewer/components/ChannelIcon';
import { useEditor } from './context';

const SEVERITY_PATHS: Readonly<Record<Severity, string>> = {
    LOW: 'M4 6l4 4 4-4',
    MEDIUM: 'M4 6h8M4 10h8',
    HIGH: 'M4 10l4-4 4 4',
    CRITICAL: 'M4 8l4-4 4 4M4 12l4-4 4 4',
};

/** Severity's shape (chevron down, equals, chevron up, double chevron), beside its word. */
export function SeverityIcon({ severity }: { readonly severity: Severity }) {
    return (
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
            stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d={SEVERITY_PATHS[severity]} /></svg>
    );
}

export function CardFace({ card, laneType }: { readonly card: Card; readonly laneType: LaneType }) {
    const { i18n } = useEditor();
    const owner = card.ownerName ?? card.ownerKey;
    return (
        <>
            {card.severity && (
                <span class={`jm-face-severity jm-sev-${card.severity}`}><SeverityIcon severity={card.severity} /> {i18n.text(`journeymaps.editor.severity.${card.severity}`)}</span>
            )}
            {card.channel && (
                <span class="jm-face-channel"><ChannelIcon channel={card.channel} /> {i18n.text(`journeymaps.channel.${card.channel}`)}</span>
            )}
            {card.evidence && (
                <span class={`jm-evidence-mark jm-evidence-${card.evidence}`} role="img" title={i18n.text(`journeymaps.evidence.${card.evidence}`)}
                    aria-label={i18n.text(`journeymaps.evidence.${card.evidence}`)} />
            )}
            <p class={`jm-face-text${laneType === 'THOUGHTS' ? ' jm-face-quote' : ''}`}>{card.text}</p>
            {(card.status || owner || card.impact || card.effort) && (
                <p class="jm-face-meta">
                    {card.status && <span class={`jm-face-status jm-status-${card.status}`}>{i18n.text(`journeymaps.status.${card.status}`)}</span>}
                    {card.impact && <span class="jm-face-rating">{i18n.text('journeymaps.editor.card.impact')} {i18n.text(`journeymaps.rating.${card.impact}`)}</span>}
                    {card.effort && <span class="jm-face-rating">{i18n.text('journeymaps.editor.card.effort')} {i18n.text(`journeymaps.rating.${card.effort}`)}</span>}
                    {owner && <span class="jm-avatar jm-face-owner" title={owner} role="img" aria-label={owner}>{initials(owner)}</span>}
                </p>
            )}
            {(card.issues ?? []).length > 0 && (
                <p class="jm-face-issues">{(card.issues ?? []).map((issue) => <IssueLozenge key={issue.server + issue.key} issue={issue} i18n={i18n} newTab />)}</p>
            )}
            <CommentBadge anchor={{ type: 'CARD', id: card.id }} i18n={i18n} label={i18n.text('journeymaps.comments.anchor.card', card.text)} />
        </>
    );
}
