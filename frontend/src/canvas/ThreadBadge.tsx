// Comments on a map element: a badge only where a thread exists (open: brand pill with the count; resolved
// only: outlined pill with a check), and one "comment" action, shown on hover or focus of the element, for
// readers who may comment. Nothing at all outside a comments host.

import type { I18n } from '../common/i18n';
import { useComments } from '../comments/context';
import type { Anchor } from '../comments/model';
import { Icon } from './icons';
import { plural } from './text';

interface Props {
    readonly anchor: Anchor;
    /** What the element is ('Carte « Pays »'), for screen readers and the panel's heading. */
    readonly label: string;
    readonly i18n: I18n;
}

export function ThreadBadge({ anchor, label, i18n }: Props) {
    const comments = useComments();
    if (!comments) {
        return null;
    }
    const open = comments.openCount(anchor);
    const resolved = comments.resolvedCount?.(anchor) ?? 0;
    const onClick = (e: Event) => { e.stopPropagation(); comments.open(anchor, label); };
    const data = `${anchor.type}:${anchor.id ?? ''}`;
    if (open > 0) {
        return (
            <button type="button" class="jm-thread jm-thread-open" data-anchor={data} onClick={onClick}
                    aria-label={plural(i18n, 'journeymaps.canvas.thread.open.', open, label, open)}>
                <Icon name="COMMENT" size={12} />{open}
            </button>
        );
    }
    if (resolved > 0) {
        return (
            <button type="button" class="jm-thread jm-thread-resolved" data-anchor={data} onClick={onClick}
                    aria-label={plural(i18n, 'journeymaps.canvas.thread.resolved.', resolved, label, resolved)}>
                <Icon name="CHECK" size={12} />{resolved}
            </button>
        );
    }
    if (!comments.canComment) {
        return null;
    }
    // Out of the Tab order: keyboard users press Enter on the focused element (see useGridNavigation).
    return (
        <button type="button" class="jm-comment-action" tabIndex={-1} data-anchor={data} onClick={onClick}
                aria-label={i18n.text('journeymaps.canvas.comment', label)} title={i18n.text('journeymaps.canvas.comment', label)}>
            <Icon name="COMMENT" size={16} />
        </button>
    );
}
