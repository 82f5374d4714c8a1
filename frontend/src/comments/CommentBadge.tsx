// The comment count of an element (open threads); activating it opens the panel on that element. It stays
// visible with a zero count where the reader may start a thread, so every element can be commented on.

import type { I18n } from '../common/i18n';
import { useComments } from './context';
import { anchorKey, type Anchor } from './model';

interface Props {
    readonly anchor: Anchor;
    /** What the element is, for screen readers and the panel's heading (e.g. 'Card "Pays"'). */
    readonly label: string;
    readonly i18n: I18n;
}

export function CommentBadge({ anchor, label, i18n }: Props) {
    const comments = useComments();
    if (!comments) {
        return null;
    }
    comments.name?.(anchor, label);
    const count = comments.openCount(anchor);
    const targeted = comments.target != null && anchorKey(comments.target) === anchorKey(anchor);
    return (
        <button type="button" class={`jm-comment-badge${count > 0 ? ' jm-comment-badge-open' : ''}`}
                aria-label={i18n.text('journeymaps.comments.badge', label, count)}
                aria-expanded={targeted}
                title={i18n.text('journeymaps.comments.add.on', label)}
                data-anchor={anchorKey(anchor)}
                onClick={(e) => { e.stopPropagation(); comments.open(anchor, label); }}>
            {/* An SVG icon, so the element's text stays its count (tables are read as text). */}
            <svg class="jm-comment-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                <path d="M2 2.5h12v8.5H7l-3.5 3v-3H2z" fill="none" stroke="currentColor" stroke-width="1.5"
                      stroke-linejoin="round" />
            </svg>
            {count > 0 && <span class="jm-comment-count">{count}</span>}
        </button>
    );
}
