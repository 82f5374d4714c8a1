// Linking an existing Jira issue to the card by its key. A key Jira does not know comes back as an error on
// the `link.key` field, shown beside it; the typed key stays.

import { useState } from 'preact/hooks';
import { linkIssue } from '../../common/api/jira';
import { useEditor } from '../../editor/components/context';
import { normaliseKey } from '../draft';
import { describeFailure, type Failure } from '../failure';
import { chooseServer } from '../pickers';
import type { IssueFormProps } from './IssuesDialog';
import { FailureText, showFailure } from './FailureText';
import { Field, messagesOf, type FieldMessages } from './fields';

export function LinkIssueForm({ card, draft, onDraft, servers, onLinked }: IssueFormProps) {
    const { store, i18n } = useEditor();
    const [failure, setFailure] = useState<Failure | undefined>();
    const [errors, setErrors] = useState<FieldMessages>({});
    const [busy, setBusy] = useState(false);
    const server = chooseServer(servers, draft.linkServer);
    const id = (field: string) => `jm-jira-${card.id}-link-${field}`;

    const submit = async (e: Event) => {
        e.preventDefault();
        if (busy) {
            return;
        }
        const key = normaliseKey(draft.linkKey);
        if (server === '' || key === undefined) {
            setErrors(server === '' ? { 'link.server': i18n.text('journeymaps.jira.servers.none') }
                : { 'link.key': i18n.text('journeymaps.jira.key.invalid') });
            return;
        }
        setErrors({});
        setFailure(undefined);
        setBusy(true);
        try {
            const link = await linkIssue(store.map.id, card.id, server, key);
            onDraft({ ...draft, linkServer: server, linkKey: '' });
            onLinked(link, i18n.text('journeymaps.jira.linkedOne', link.key));
        } catch (failed) {
            const described = describeFailure(i18n, failed);
            const fieldErrors = messagesOf(described.fieldErrors);
            setErrors(fieldErrors);
            // A refused field says it all beside the field; anything else is said above the button.
            setFailure(Object.keys(fieldErrors).length > 0 ? undefined : described);
            store.announce(described.text);
        } finally {
            setBusy(false);
        }
    };
    return (
        <form class="aui top-label jm-jira-form jm-jira-link" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
            <Field id={id('server')} label={i18n.text('journeymaps.jira.server')} error={errors['link.server']}>
                {(a) => (
                    <select id={id('server')} class="select" value={server} disabled={busy} {...a}
                        onChange={(e) => onDraft({ ...draft, linkServer: e.currentTarget.value })}>
                        {servers.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                    </select>
                )}
            </Field>
            <Field id={id('key')} label={i18n.text('journeymaps.jira.key')} error={errors['link.key']} hint={i18n.text('journeymaps.jira.key.hint')}>
                {(a) => (
                    <input id={id('key')} class="text" type="text" value={draft.linkKey} readOnly={busy} data-autofocus
                        autoComplete="off" spellcheck={false} {...a} onInput={(e) => onDraft({ ...draft, linkKey: e.currentTarget.value })} />
                )}
            </Field>
            {failure && (
                <div class="aui-message aui-message-error jm-jira-failure" role="alert" ref={showFailure}>
                    <p><FailureText failure={failure} i18n={i18n} /></p>
                </div>
            )}
            <div class="jm-jira-actions">
                <button type="submit" class="aui-button aui-button-primary jm-jira-link-submit" aria-disabled={busy}>
                    {i18n.text(busy ? 'journeymaps.jira.link.busy' : 'journeymaps.jira.link.submit')}
                </button>
            </div>
        </form>
    );
}
