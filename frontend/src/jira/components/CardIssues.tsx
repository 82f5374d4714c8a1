// The Jira part of an editor card (pain points and opportunities): its linked issues as lozenges and the
// "Jira issues" button that opens the dialog to create, link or unlink issues.

import { useRef, useState } from 'preact/hooks';
import type { Card } from '../../common/api/cards';
import type { LaneType } from '../../common/api/lanes';
import { useEditor } from '../../editor/components/context';
import { IssueLozenge } from './IssueLozenge';
import { IssuesDialog } from './IssuesDialog';

/** Lane types whose cards may become Jira issues. */
export const JIRA_LANES: ReadonlySet<LaneType> = new Set(['PAIN_POINTS', 'OPPORTUNITIES']);

export function CardIssues({ card, laneType }: { readonly card: Card; readonly laneType: LaneType }) {
    const { i18n } = useEditor();
    const [open, setOpen] = useState(false);
    const button = useRef<HTMLButtonElement>(null);
    if (!JIRA_LANES.has(laneType)) {
        return null;
    }
    const issues = card.issues ?? [];
    const close = () => {
        setOpen(false);
        button.current?.focus();
    };
    return (
        <div class="jm-jira-card-issues">
            {issues.map((issue) => <IssueLozenge key={issue.server + issue.key} issue={issue} i18n={i18n} newTab />)}
            <button type="button" ref={button} class="aui-button aui-button-link jm-jira-open" aria-haspopup="dialog"
                onClick={() => setOpen(true)}>
                {i18n.text('journeymaps.jira.open', issues.length)}
            </button>
            {open && <IssuesDialog card={card} onClose={close} />}
        </div>
    );
}
