// The issues linked to a card, each with "Unlink" (asked again in place: unlinking never deletes the issue
// in Jira, and the question says so).

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Card } from '../../common/api/cards';
import { unlinkIssue, type IssueLink } from '../../common/api/jira';
import { useEditor } from '../../editor/components/context';
import { describeFailure, type Failure } from '../failure';
import { FailureText } from './FailureText';
import { IssueLozenge } from './IssueLozenge';

interface Props {
    readonly card: Card;
    readonly issues: readonly IssueLink[];
    /** The issue just created or linked, with what happened: marked, and focused so the user sees it. */
    readonly latest?: { readonly key: string; readonly text: string };
    readonly onUnlinked: (key: string) => void;
}

export function LinkedIssues({ card, issues, latest, onUnlinked }: Props) {
    const { store, i18n } = useEditor();
    const [asking, setAsking] = useState<string | undefined>();
    const [failure, setFailure] = useState<{ key: string; failure: Failure } | undefined>();
    const [busy, setBusy] = useState(false);
    /** Where the focus goes after the question opens or closes (the button it came from, or the heading). */
    const [focus, setFocus] = useState<string | undefined>();
    const section = useRef<HTMLDivElement>(null);
    useEffect(() => {
        if (focus !== undefined) {
            const targets = section.current?.querySelectorAll<HTMLElement>('[data-focus]') ?? [];
            Array.from(targets).find((element) => element.dataset.focus === focus)?.focus();
        }
    }, [focus]);
    useEffect(() => setFocus(latest && `issue-${latest.key}`), [latest]);
    const ask = (key: string | undefined, focusAfter: string) => {
        setAsking(key);
        setFocus(focusAfter);
    };

    const unlink = async (key: string) => {
        setBusy(true);
        try {
            await unlinkIssue(store.map.id, card.id, key);
            ask(undefined, 'heading');
            setFailure(undefined);
            onUnlinked(key);
            store.announce(i18n.text('journeymaps.jira.unlinked', key));
        } catch (e) {
            setFailure({ key, failure: describeFailure(i18n, e) });
        } finally {
            setBusy(false);
        }
    };
    return (
        <div ref={section}>
            <h3 tabIndex={-1} data-focus="heading">{i18n.text('journeymaps.jira.linked')}</h3>
            {issues.length === 0
                ? <p class="jm-jira-none">{i18n.text('journeymaps.jira.linked.none')}</p>
                : (
                    <ul class="jm-jira-linked">
                        {issues.map((issue) => (
                            <li key={issue.server + issue.key} tabIndex={-1} data-focus={`issue-${issue.key}`}
                                class={latest?.key === issue.key ? 'jm-jira-latest' : undefined}>
                                <IssueLozenge issue={issue} i18n={i18n} newTab showSummary />
                                {latest?.key === issue.key && <p class="jm-jira-latest-note">{latest.text}</p>}
                                {asking === issue.key
                                    ? (
                                        <div class="jm-jira-unlink-confirm" role="group" aria-label={i18n.text('journeymaps.jira.unlink', issue.key)}>
                                            <p>{i18n.text('journeymaps.jira.unlink.confirm', issue.key)}</p>
                                            {failure?.key === issue.key && (
                                                <p class="error" role="alert"><FailureText failure={failure.failure} i18n={i18n} /></p>
                                            )}
                                            <button type="button" class="aui-button aui-button-primary jm-jira-unlink-yes" disabled={busy}
                                                data-focus={`yes-${issue.key}`} onClick={() => void unlink(issue.key)}>
                                                {i18n.text('journeymaps.jira.unlink.yes')}
                                            </button>
                                            <button type="button" class="aui-button" onClick={() => ask(undefined, `unlink-${issue.key}`)}>
                                                {i18n.text('journeymaps.jira.unlink.no')}
                                            </button>
                                        </div>
                                    )
                                    : (
                                        <button type="button" class="aui-button aui-button-subtle jm-jira-unlink"
                                            data-focus={`unlink-${issue.key}`} onClick={() => ask(issue.key, `yes-${issue.key}`)}>
                                            {i18n.text('journeymaps.jira.unlink', issue.key)}
                                        </button>
                                    )}
                            </li>
                        ))}
                    </ul>
                )}
        </div>
    );
}
