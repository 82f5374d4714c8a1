// The journey-map macro's dialog in Confluence's editor: pick a map of the space or create one on this page,
// choose how it shows, and hand the macro's parameters back to the editor. A modal AUI-style dialog: focus stays
// inside, Escape cancels, Enter confirms, the tabs follow the ARIA tabs pattern.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { LaneType } from '../../common/api/lanes';
import type { JourneyMap } from '../../common/api/maps';
import { ApiError } from '../../common/http';
import type { I18n } from '../../common/i18n';
import type { MacroDialogApi, TemplateSummary } from '../api';
import type { EditedPage } from '../confluence';
import { wrapTab } from '../focus';
import { blockerKey, confirmLabelKey, firstTab, newMapRequest, tabForKey, TABS, titleAfterChoosing,
    type CreateForm, type Tab } from '../model';
import { readParams, writeParams, type MacroParams } from '../params';
import { CreatePanel } from './CreatePanel';
import { OptionsFieldset } from './OptionsFieldset';
import { PickPanel } from './PickPanel';

interface Props {
    readonly i18n: I18n;
    readonly api: MacroDialogApi;
    readonly page: EditedPage;
    /** The placeholder's parameters when editing one; undefined for a new macro. */
    readonly params: MacroParams | undefined;
    readonly onComplete: (params: MacroParams) => void;
    readonly onCancel: () => void;
}

const TAB_LABELS: Record<Tab, string> = {
    pick: 'journeymaps.macrobrowser.tab.pick',
    create: 'journeymaps.macrobrowser.tab.create',
};

function messageOf(e: unknown): string {
    return e instanceof Error ? e.message : String(e);
}

export function MacroDialog({ i18n, api, page, params, onComplete, onCancel }: Props) {
    const initial = readParams(params);
    const editing = initial.mapId !== undefined;
    // A new macro's first tab depends on whether the space has maps: undefined until that is known.
    const [tab, setTab] = useState<Tab | undefined>(editing ? 'pick' : undefined);
    const [selected, setSelected] = useState<number | undefined>(initial.mapId);
    const [current, setCurrent] = useState<JourneyMap | undefined>(undefined);
    const [missingId, setMissingId] = useState<number | undefined>(undefined);
    const [lanes, setLanes] = useState<readonly LaneType[]>(initial.lanes);
    const [compact, setCompact] = useState(initial.compact);
    const [form, setForm] = useState<CreateForm>({ templateId: undefined, title: page.title, state: 'CURRENT' });
    const [templateName, setTemplateName] = useState<string | undefined>(undefined);
    const [attempted, setAttempted] = useState(false);
    const [busy, setBusy] = useState(false);
    const [failure, setFailure] = useState<ApiError | Error | undefined>(undefined);
    const dialog = useRef<HTMLElement>(null);
    const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

    useEffect(() => {
        if (initial.mapId === undefined) {
            api.searchMaps(page.spaceKey, '').then((list) => setTab(firstTab(false, list.results.length > 0)),
                () => setTab('pick'));
            return;
        }
        const mapId = initial.mapId;
        api.getMap(mapId).then(setCurrent, () => {
            setMissingId(mapId);
            setSelected(undefined);
        });
    }, []); // the placeholder's parameters are read once, when the dialog opens

    const opened = tab !== undefined;
    useEffect(() => {
        // Once the first tab is known, the focus goes to its first field; later tab changes keep it on the tab.
        dialog.current?.querySelector<HTMLElement>(tab === 'pick' ? '#jm-mb-search' : '#jm-mb-title')?.focus();
    }, [opened]);

    const shownTab = tab ?? 'pick';
    const blocker = blockerKey(shownTab, selected, form, page);
    const titleError = failure instanceof ApiError ? failure.fieldMessage('title') : undefined;

    const confirm = (event?: Event) => {
        event?.preventDefault();
        if (busy) {
            return;
        }
        setAttempted(true);
        const display = { lanes, compact };
        if (shownTab === 'pick' && selected !== undefined) {
            onComplete(writeParams({ ...display, mapId: selected }));
            return;
        }
        if (blocker !== undefined || page.pageId === undefined) {
            return;
        }
        setBusy(true);
        setFailure(undefined);
        api.createMap(newMapRequest(form, page.pageId)).then(
            (map) => onComplete(writeParams({ ...display, mapId: map.id })),
            (e: unknown) => {
                setBusy(false);
                setFailure(e instanceof Error ? e : new Error(String(e)));
            },
        );
    };

    const chooseTemplate = (template: TemplateSummary | undefined) => {
        setForm({ ...form, templateId: template?.id,
            title: titleAfterChoosing(form.title, templateName, template?.name, page.title) });
        setTemplateName(template?.name);
    };

    const onKeyDown = (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
        } else if (dialog.current !== null) {
            wrapTab(event, dialog.current);
        }
    };

    const onTabKey = (event: KeyboardEvent) => {
        const next = tabForKey(shownTab, event.key);
        if (next !== undefined) {
            event.preventDefault();
            setTab(next);
            tabRefs.current[next]?.focus();
        }
    };

    const showBlocker = attempted && blocker !== undefined && blocker !== 'journeymaps.macrobrowser.create.nopage';
    return (
        <>
            <div class="jm-mb-blanket" aria-hidden="true" />
            <section ref={dialog} class="jm-mb-dialog" role="dialog" aria-modal="true" aria-labelledby="jm-mb-heading"
                     onKeyDown={onKeyDown}>
                <header class="jm-mb-header">
                    <h2 id="jm-mb-heading">{i18n.text(editing ? 'journeymaps.macrobrowser.title.edit' : 'journeymaps.macrobrowser.title')}</h2>
                </header>
                <form id="jm-mb-form" class="aui jm-mb-content" onSubmit={confirm} noValidate>
                    <div class="jm-mb-tabs" role="tablist" aria-label={i18n.text('journeymaps.macrobrowser.tabs')}>
                        {TABS.map((t) => (
                            <button key={t} type="button" role="tab" id={'jm-mb-tab-' + t} aria-controls={'jm-mb-panel-' + t}
                                    aria-selected={t === shownTab} tabIndex={t === shownTab ? 0 : -1}
                                    class={'jm-mb-tab' + (t === shownTab ? ' jm-mb-tab-active' : '')}
                                    ref={(element) => { tabRefs.current[t] = element; }}
                                    onClick={() => setTab(t)} onKeyDown={onTabKey}>
                                {i18n.text(TAB_LABELS[t])}
                            </button>
                        ))}
                    </div>
                    {!opened && <p class="jm-mb-muted" role="status">{i18n.text('journeymaps.macrobrowser.loading')}</p>}
                    <PickPanel i18n={i18n} api={api} spaceKey={page.spaceKey} current={current} currentMissingId={missingId}
                               selected={selected} onSelect={setSelected} hidden={tab !== 'pick'} />
                    <CreatePanel i18n={i18n} api={api} form={form} onChoose={chooseTemplate} onChange={setForm}
                                 unavailableKey={page.pageId === undefined ? 'journeymaps.macrobrowser.create.nopage' : undefined}
                                 titleError={titleError ?? (attempted && blocker === 'journeymaps.macrobrowser.create.title.required'
                                     ? i18n.text(blocker) : undefined)}
                                 hidden={tab !== 'create'} />
                    <OptionsFieldset i18n={i18n} lanes={lanes} compact={compact} onLanes={setLanes} onCompact={setCompact} />
                </form>
                <footer class="jm-mb-footer">
                    <div class="jm-mb-footer-message" role="alert">
                        {showBlocker && shownTab === 'pick' && i18n.text(blocker)}
                        {failure !== undefined && titleError === undefined && i18n.text('journeymaps.macrobrowser.create.failed', messageOf(failure))}
                        {busy && i18n.text('journeymaps.macrobrowser.creating')}
                    </div>
                    <button type="submit" form="jm-mb-form" class="aui-button aui-button-primary jm-mb-confirm"
                            disabled={busy || !opened || (shownTab === 'create' && page.pageId === undefined)}>
                        {i18n.text(confirmLabelKey(shownTab, editing))}
                    </button>
                    <button type="button" class="aui-button aui-button-link jm-mb-cancel" onClick={onCancel}>
                        {i18n.text('journeymaps.macrobrowser.cancel')}
                    </button>
                </footer>
            </section>
        </>
    );
}
