// Creating a Jira issue from a card: server, project and issue type (each list read from Jira through the
// app), summary (the card's text), description and labels. A failure keeps every field; "Try again" sends
// the same request id, so the server answers the issue already created instead of creating a second one.

import { useEffect, useState } from 'preact/hooks';
import { createIssue, listJiraIssueTypes, listJiraProjects, type JiraIssueType, type JiraProject } from '../../common/api/jira';
import { useEditor } from '../../editor/components/context';
import { afterCreated, parseLabels, SUMMARY_MAX, withAttempt, type CreateFields } from '../draft';
import { describeFailure, type Failure } from '../failure';
import { chooseServer, keepOrFirst, unfillableFields } from '../pickers';
import type { IssueFormProps } from './IssuesDialog';
import { FailureText, showFailure } from './FailureText';
import { Field, messagesOf, type FieldMessages } from './fields';

/** Loads a list for the given inputs; a newer load replaces an older one still on its way. */
function useList<T>(load: (() => Promise<T[]>) | undefined, inputs: readonly string[], onFailure: (e: unknown) => void): T[] | undefined {
    const [list, setList] = useState<T[] | undefined>();
    useEffect(() => {
        setList(undefined);
        if (load === undefined) {
            return undefined;
        }
        let current = true;
        load().then((items) => current && setList(items), (e: unknown) => current && onFailure(e));
        return () => {
            current = false;
        };
    }, inputs);
    return list;
}

export function CreateIssueForm({ card, draft, onDraft, servers, onLinked }: IssueFormProps) {
    const { store, i18n } = useEditor();
    const fields = draft.create;
    const [failure, setFailure] = useState<Failure | undefined>();
    const [errors, setErrors] = useState<FieldMessages>({});
    const [busy, setBusy] = useState(false);
    const onListFailure = (e: unknown) => setFailure(describeFailure(i18n, e));

    const server = chooseServer(servers, fields.server);
    const projects = useList<JiraProject>(server ? () => listJiraProjects(server) : undefined, [server], onListFailure);
    const project = keepOrFirst((projects ?? []).map((p) => p.key), fields.project);
    const types = useList<JiraIssueType>(server && project ? () => listJiraIssueTypes(server, project) : undefined,
        [server, project], onListFailure);
    const issueType = keepOrFirst((types ?? []).map((t) => t.id), fields.issueType);
    const unfillable = unfillableFields(types?.find((t) => t.id === issueType));
    const set = (changes: Partial<CreateFields>) => onDraft({ ...draft, create: { ...fields, ...changes } });
    const id = (field: string) => `jm-jira-${card.id}-${field}`;

    const submit = async (e: Event) => {
        e.preventDefault();
        if (busy) {
            return;
        }
        const missing: Record<string, string> = {};
        if (server === '') {
            missing['create.server'] = i18n.text('journeymaps.jira.servers.none');
        }
        if (fields.summary.trim() === '') {
            missing['create.summary'] = i18n.text('journeymaps.jira.summary.required');
        }
        if (project === '') {
            missing['create.project'] = i18n.text('journeymaps.jira.project.required');
        }
        if (issueType === '') {
            missing['create.issueType'] = i18n.text('journeymaps.jira.issueType.required');
        }
        setErrors(missing);
        if (Object.keys(missing).length > 0) {
            return;
        }
        const attempt = withAttempt({ ...draft, create: { ...fields, server, project, issueType } });
        onDraft(attempt);
        setBusy(true);
        setFailure(undefined);
        try {
            const description = fields.description.trim();
            const link = await createIssue(store.map.id, card.id, {
                server, project, issueType, summary: fields.summary.trim(),
                ...(description === '' ? {} : { description }),
                labels: parseLabels(fields.labels),
            }, attempt.requestId as string);
            onDraft(afterCreated(attempt, card.text));
            onLinked(link, i18n.text('journeymaps.jira.created', link.key));
        } catch (failed) {
            const described = describeFailure(i18n, failed);
            setFailure(described);
            setErrors(messagesOf(described.fieldErrors));
            store.announce(described.text);
        } finally {
            setBusy(false);
        }
    };
    const retrying = failure !== undefined && draft.requestId !== undefined;
    return (
        <form class="aui top-label jm-jira-form jm-jira-create" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
            <Field id={id('server')} label={i18n.text('journeymaps.jira.server')} error={errors['create.server']}>
                {(a) => (
                    <select id={id('server')} class="select" value={server} disabled={busy} {...a}
                        onChange={(e) => set({ server: e.currentTarget.value, project: '', issueType: '' })}>
                        {servers.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                    </select>
                )}
            </Field>
            <Field id={id('project')} label={i18n.text('journeymaps.jira.project')} error={errors['create.project']}
                hint={server && projects === undefined ? i18n.text('journeymaps.jira.loading') : undefined}>
                {(a) => (
                    <select id={id('project')} class="select" value={project} disabled={busy || projects === undefined} {...a}
                        onChange={(e) => set({ project: e.currentTarget.value, issueType: '' })}>
                        {(projects ?? []).map((p) => <option key={p.key} value={p.key}>{`${p.name} (${p.key})`}</option>)}
                    </select>
                )}
            </Field>
            <Field id={id('type')} label={i18n.text('journeymaps.jira.issueType')} error={errors['create.issueType']}
                hint={unfillable.length > 0 ? i18n.text('journeymaps.jira.issueType.unfillable', unfillable.join(', ')) : undefined}>
                {(a) => (
                    <select id={id('type')} class="select" value={issueType} disabled={busy || types === undefined} {...a}
                        onChange={(e) => set({ issueType: e.currentTarget.value })}>
                        {(types ?? []).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
                    </select>
                )}
            </Field>
            <Field id={id('summary')} label={i18n.text('journeymaps.jira.summary')} error={errors['create.summary']}>
                {(a) => (
                    <input id={id('summary')} class="text" type="text" required maxLength={SUMMARY_MAX} value={fields.summary}
                        readOnly={busy} data-autofocus {...a} onInput={(e) => set({ summary: e.currentTarget.value })} />
                )}
            </Field>
            <Field id={id('description')} label={i18n.text('journeymaps.jira.description')} error={errors['create.description']}
                hint={i18n.text('journeymaps.jira.description.hint')}>
                {(a) => (
                    <textarea id={id('description')} class="textarea" rows={3} value={fields.description} readOnly={busy} {...a}
                        onInput={(e) => set({ description: e.currentTarget.value })} />
                )}
            </Field>
            <Field id={id('labels')} label={i18n.text('journeymaps.jira.labels')} error={errors['create.labels']}
                hint={i18n.text('journeymaps.jira.labels.hint')}>
                {(a) => (
                    <input id={id('labels')} class="text" type="text" value={fields.labels} readOnly={busy} {...a}
                        onInput={(e) => set({ labels: e.currentTarget.value })} />
                )}
            </Field>
            {failure && (
                <div class="aui-message aui-message-error jm-jira-failure" role="alert" ref={showFailure}>
                    <p><FailureText failure={failure} i18n={i18n} /></p>
                    {retrying && <p>{i18n.text('journeymaps.jira.create.retryHint')}</p>}
                </div>
            )}
            <div class="jm-jira-actions">
                <button type="submit" class="aui-button aui-button-primary jm-jira-create-submit" aria-disabled={busy || server === ''}>
                    {i18n.text(busy ? 'journeymaps.jira.create.busy' : retrying ? 'journeymaps.jira.create.retry' : 'journeymaps.jira.create.submit')}
                </button>
            </div>
        </form>
    );
}
