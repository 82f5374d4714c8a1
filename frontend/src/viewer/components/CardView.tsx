// One card as the static view shows it, plus a channel icon and a severity colour on its edge.

import type { Card } from '../../common/api/cards';
import type { LaneType } from '../../common/api/lanes';
import type { I18n } from '../../common/i18n';
import { IssueLozenge } from '../../jira/components/IssueLozenge';
import { CommentBadge } from '../../comments/CommentBadge';
import { ChannelIcon } from './ChannelIcon';

const cssName = (value: string) => value.toLowerCase().replace(/_/g, '-');

export function CardView({ card, laneType, i18n }: { card: Card; laneType: LaneType; i18n: I18n }) {
    const classes = ['jm-card', `jm-card-${cssName(laneType)}`];
    if (card.severity) {
        classes.push(`jm-card-severity-${cssName(card.severity)}`);
    }
    const issues = card.issues ?? [];
    const hasMeta = card.channel || card.severity || card.status || card.impact || card.effort || card.evidence
        || issues.length > 0;
    return (
        <div class={classes.join(' ')} data-card-id={card.id}>
            <p class="jm-card-text">{card.text}</p>
            <CommentBadge anchor={{ type: 'CARD', id: card.id }} i18n={i18n}
                          label={i18n.text('journeymaps.comments.anchor.card', card.text)} />
            {hasMeta && (
                <p class="jm-card-meta">
                    {card.channel && (
                        <span class="jm-badge jm-channel">
                            <ChannelIcon channel={card.channel} /> {i18n.text(`journeymaps.channel.${card.channel}`)}
                        </span>
                    )}
                    {card.severity && (
                        <span class={`jm-badge jm-severity-${cssName(card.severity)}`}>
                            {i18n.text(`journeymaps.severity.${card.severity}`)}
                        </span>
                    )}
                    {card.status && (
                        <span class={`jm-badge jm-status-${cssName(card.status)}`}>
                            {i18n.text(`journeymaps.status.${card.status}`)}
                        </span>
                    )}
                    {card.impact && (
                        <span class="jm-badge jm-rating">
                            {i18n.text('journeymaps.card.impact', i18n.text(`journeymaps.rating.${card.impact}`))}
                        </span>
                    )}
                    {card.effort && (
                        <span class="jm-badge jm-rating">
                            {i18n.text('journeymaps.card.effort', i18n.text(`journeymaps.rating.${card.effort}`))}
                        </span>
                    )}
                    {card.evidence && (
                        <span class={`jm-badge jm-evidence-${cssName(card.evidence)}`}>
                            {i18n.text(`journeymaps.evidence.${card.evidence}`)}
                        </span>
                    )}
                    {issues.map((issue) => <IssueLozenge key={issue.server + issue.key} issue={issue} i18n={i18n} />)}
                </p>
            )}
        </div>
    );
}
