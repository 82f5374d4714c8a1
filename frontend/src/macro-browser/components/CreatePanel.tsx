// "Create a map": a blank map or a built-in template (cards with name and description), a title and a state.

import { useEffect, useState } from 'preact/hooks';
import type { JourneyState } from '../../common/api/maps';
import type { I18n } from '../../common/i18n';
import type { MacroDialogApi, TemplateSummary } from '../api';
import type { CreateForm } from '../model';

interface Props {
    readonly i18n: I18n;
    readonly api: MacroDialogApi;
    readonly form: CreateForm;
    readonly onChoose: (template: TemplateSummary | undefined) => void;
    readonly onChange: (form: CreateForm) => void;
    /** Why nothing can be created here (a page never saved), or undefined. */
    readonly unavailableKey: string | undefined;
    readonly titleError: string | undefined;
    readonly hidden: boolean;
}

const STATES: readonly JourneyState[] = ['CURRENT', 'FUTURE'];

type Templates = { readonly state: 'loading' } | { readonly state: 'failed'; readonly message: string }
    | { readonly state: 'loaded'; readonly templates: readonly TemplateSummary[] };

export function CreatePanel({ i18n, api, form, onChoose, onChange, unavailableKey, titleError, hidden }: Props) {
    const [templates, setTemplates] = useState<Templates>({ state: 'loading' });

    useEffect(() => {
        let stale = false;
        api.listTemplates().then(
            (list) => !stale && setTemplates({ state: 'loaded', templates: list }),
            (e: unknown) => !stale && setTemplates({ state: 'failed', message: e instanceof Error ? e.message : String(e) }),
        );
        return () => {
            stale = true;
        };
    }, [api]);

    if (unavailableKey !== undefined) {
        return (
            <div role="tabpanel" id="jm-mb-panel-create" aria-labelledby="jm-mb-tab-create" hidden={hidden} class="jm-mb-panel">
                <div class="aui-message aui-message-info" role="status"><p>{i18n.text(unavailableKey)}</p></div>
            </div>
        );
    }
    const choices: readonly (TemplateSummary | undefined)[] =
        [undefined, ...(templates.state === 'loaded' ? templates.templates : [])];
    return (
        <div role="tabpanel" id="jm-mb-panel-create" aria-labelledby="jm-mb-tab-create" hidden={hidden} class="jm-mb-panel">
            <fieldset class="jm-mb-templates">
                <legend>{i18n.text('journeymaps.macrobrowser.create.start')}</legend>
                <div class="jm-mb-cards">
                    {choices.map((template) => {
                        const id = template?.id ?? '';
                        const checked = (form.templateId ?? '') === id;
                        return (
                            <label key={id} class={'jm-mb-card' + (checked ? ' jm-mb-choice-selected' : '')}
                                   data-template-id={id || 'blank'}>
                                <input type="radio" name="jm-mb-template" value={id} checked={checked}
                                       onChange={() => onChoose(template)} />
                                <span class="jm-mb-choice-text">
                                    <span class="jm-mb-choice-title">
                                        {template?.name ?? i18n.text('journeymaps.macrobrowser.create.blank')}
                                    </span>
                                    <span class="jm-mb-card-desc">
                                        {template?.description ?? i18n.text('journeymaps.macrobrowser.create.blank.desc')}
                                    </span>
                                    {template !== undefined && (
                                        <span class="jm-mb-choice-meta">{i18n.text('journeymaps.macrobrowser.create.template.outline',
                                            template.stages.length, template.lanes.length, template.cardCount)}</span>
                                    )}
                                </span>
                            </label>
                        );
                    })}
                </div>
                {templates.state === 'loading' && <p class="jm-mb-muted" role="status">{i18n.text('journeymaps.macrobrowser.loading')}</p>}
                {templates.state === 'failed' && (
                    <div class="aui-message aui-message-error" role="alert">
                        <p>{i18n.text('journeymaps.macrobrowser.error', templates.message)}</p>
                    </div>
                )}
            </fieldset>
            <div class="jm-mb-row">
                <div class="field-group">
                    <label for="jm-mb-title">
                        {i18n.text('journeymaps.macrobrowser.create.title')}
                        <span class="aui-icon icon-required" aria-hidden="true" />
                    </label>
                    <input id="jm-mb-title" class="text long-field" type="text" required maxLength={255} value={form.title}
                           aria-invalid={titleError !== undefined} aria-describedby={titleError ? 'jm-mb-title-error' : undefined}
                           onInput={(e) => onChange({ ...form, title: e.currentTarget.value })} />
                    {titleError !== undefined && <div id="jm-mb-title-error" class="error">{titleError}</div>}
                </div>
                <div class="field-group">
                    <label for="jm-mb-state">{i18n.text('journeymaps.macrobrowser.create.state')}</label>
                    <select id="jm-mb-state" class="select" value={form.state}
                            onChange={(e) => onChange({ ...form, state: e.currentTarget.value as JourneyState })}>
                        {STATES.map((state) => <option key={state} value={state}>{i18n.text('journeymaps.state.' + state)}</option>)}
                    </select>
                </div>
            </div>
        </div>
    );
}
