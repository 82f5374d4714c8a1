// The modal dialog of a card's Jira issues: the linked ones (each can be unlinked), then a form to create a
// new issue or link an existing one. Focus stays inside; Escape or Close returns to the card. What the user
// typed is kept per card (draft.ts), also when the dialog closes or a request fails.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Card } from '../../common/api/cards';
import { listJiraServers, type IssueLink, type JiraServer } from '../../common/api/jira';
import { useEditor } from '../../editor/components/context';
import { draftOf, saveDraft, type Draft } from '../draft';
import { describeFailure, type Failure } from '../failure';
import { focusablesIn, trapTab } from '../focus';
import { CreateIssueForm } from './CreateIssueForm';
import { FailureText } from './FailureText';
import { LinkedIssues } from './LinkedIssues';
import { LinkIssueForm } from './LinkIssueForm';

interface Props {
    readonly card: Card;
    readonly onClose: () => void;
}

export function IssuesDialog({ card, onClose }: Props) {
    const { store, i18n } = useEditor();
    const [draft, setDraft] = useState<Draft>(() => draftOf(card.id, card.text));
    const [servers, setServers] = useState<JiraServer[] | undefined>();
    const [serversFailure, setServersFailure] = useState<Failure | undefined>();
    /** The issue just created or linked, shown first in the list with what happened (focus goes there). */
    const [latest, setLatest] = useState<{ key: string; text: string } | undefined>();
    const dialog = useRef<HTMLElement>(null);
    const titleId = `jm-jira-dialog-${card.id}-title`;

    useEffect(() => {
        const section = dialog.current;
        if (section !== null) {
            (section.querySelector<HTMLElement>('[data-autofocus]') ?? focusablesIn(section)[0])?.focus();
        }
        listJiraServers().then(setServers, (e: unknown) => setServersFailure(describeFailure(i18n, e)));
    }, [i18n]);

    const changeDraft = (next: Draft) => {
        saveDraft(card.id, next);
        setDraft(next);
    };
    /** Puts the card's links, as the server now has them, into the editor's map. */
    const setIssues = (issues: readonly IssueLink[]) => {
        const current = store.map.cards.find((c) => c.id === card.id);
        if (current !== undefined) {
            const updated: Card = { ...current, issues };
            store.setElement('card', updated);
            store.changed();
        }
    };
    const issues = store.map.cards.find((c) => c.id === card.id)?.issues ?? card.issues ?? [];
    const onLinked = (link: IssueLink, announcement: string) => {
        setIssues([link, ...issues.filter((i) => i.key !== link.key)]);
        setLatest({ key: link.key, text: announcement });
        store.announce(announcement);
    };
    const onKeyDown = (e: KeyboardEvent) => {
        // The card and the grid underneath must not act on keys typed here (Alt+Arrow moves cards).
        e.stopPropagation();
        if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
        } else if (dialog.current !== null) {
            trapTab(dialog.current, e);
        }
    };
    const form = { card, draft, onDraft: changeDraft, servers: servers ?? [], onLinked };
    return (
        <div class="jm-dialog-blanket">
            {/* The AUI dialog look without `aui-layer`, which AUI hides until its own script opens it. */}
            <section ref={dialog} role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}
                class="aui-dialog2 aui-dialog2-medium jm-dialog jm-jira-dialog">
                <header class="aui-dialog2-header">
                    <h2 class="aui-dialog2-header-main" id={titleId}>{i18n.text('journeymaps.jira.dialog.title', card.text)}</h2>
                </header>
                <div class="aui-dialog2-content">
                    <LinkedIssues card={card} issues={issues} latest={latest}
                        onUnlinked={(key) => setIssues(issues.filter((i) => i.key !== key))} />
                    <fieldset class="jm-jira-modes">
                        <legend>{i18n.text('journeymaps.jira.add')}</legend>
                        {(['create', 'link'] as const).map((mode) => (
                            <label key={mode}>
                                <input type="radio" name={`jm-jira-mode-${card.id}`} value={mode} checked={draft.mode === mode}
                                    onChange={() => changeDraft({ ...draft, mode })} /> {i18n.text(`journeymaps.jira.mode.${mode}`)}
                            </label>
                        ))}
                    </fieldset>
                    {serversFailure && (
                        <div class="aui-message aui-message-error jm-jira-failure" role="alert">
                            <p><FailureText failure={serversFailure} i18n={i18n} /></p>
                        </div>
                    )}
                    {servers !== undefined && servers.length === 0 && <p class="jm-jira-none">{i18n.text('journeymaps.jira.servers.none')}</p>}
                    {draft.mode === 'create' ? <CreateIssueForm {...form} /> : <LinkIssueForm {...form} />}
                </div>
                <footer class="aui-dialog2-footer">
                    <div class="aui-dialog2-footer-actions">
                        <button type="button" class="aui-button jm-jira-close" onClick={onClose}>{i18n.text('journeymaps.jira.close')}</button>
                    </div>
                    <div class="aui-dialog2-footer-hint">{i18n.text('journeymaps.jira.noUndo')}</div>
                </footer>
            </section>
        </div>
    );
}

/** What the create and link forms get from the dialog. */
export interface IssueFormProps {
    readonly card: Card;
    readonly draft: Draft;
    readonly onDraft: (draft: Draft) => void;
    readonly servers: readonly JiraServer[];
    readonly onLinked: (link: IssueLink, announcement: string) => void;
}
