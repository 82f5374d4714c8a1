// The editor's History panel, a drawer over the right of the window: save a named version, list versions and
// recent changes, open a version read-only or compare two states of the map (the map is then drawn beside the
// drawer with the changes marked on it), and restore a version (after a confirmation saying it makes a new
// revision, so nothing is lost; then it says what the restore did).

import { useEffect, useRef, useState } from 'preact/hooks';
import type { JourneyMap } from '../common/api/maps';
import { getChanges, type Change } from '../common/api/changes';
import type { I18n } from '../common/i18n';
import type { HistoryApi, Version, VersionComparison, VersionRef } from './api';
import { ComparisonView } from './ComparisonView';
import { opParts, versionName } from './model';
import { restoreSummary } from './restore';
import { ReadOnlyMap } from './ReadOnlyMap';
import { VersionItem } from './VersionItem';

interface Props {
    readonly map: JourneyMap;
    readonly i18n: I18n;
    readonly api: HistoryApi;
    /** After a restore, with what it did: the editor reloads the map. */
    readonly onRestored: (summary: string) => void;
    readonly onClose: () => void;
}

/** How many of the latest changes the panel lists. */
const RECENT = 20;

export function HistoryPanel({ map, i18n, api, onRestored, onClose }: Props) {
    const [versions, setVersions] = useState<readonly Version[]>([]);
    const [recent, setRecent] = useState<readonly Change[]>([]);
    const [label, setLabel] = useState('');
    const [message, setMessage] = useState<{ text: string; error: boolean }>();
    const [opened, setOpened] = useState<{ version: number; map: JourneyMap }>();
    const [comparison, setComparison] = useState<{ result: VersionComparison; newer?: JourneyMap }>();
    const [from, setFrom] = useState<VersionRef>('current');
    const [to, setTo] = useState<VersionRef>('current');
    const heading = useRef<HTMLHeadingElement>(null);
    useEffect(() => heading.current?.focus(), []);

    const fail = (e: unknown) => setMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    const reload = () => {
        api.list(map.id).then((list) => setVersions(list.results), fail);
        getChanges(map.id, Math.max(0, map.revision - RECENT)).then((feed) => setRecent([...feed.changes].reverse()), () => setRecent([]));
    };
    useEffect(reload, [map.id, map.revision]);

    const save = async (event: Event) => {
        event.preventDefault();
        try {
            const saved = await api.save(map.id, label);
            setLabel('');
            setMessage({ text: i18n.text('journeymaps.history.saved', saved.number), error: false });
            reload();
        } catch (e) {
            fail(e);
        }
    };
    const open = (version: number) => api.open(map.id, version).then((m) => { setComparison(undefined); setOpened({ version, map: m }); }, fail);
    const compare = async (a: VersionRef, b: VersionRef) => {
        try {
            const result = await api.compare(map.id, a, b);
            const newer = b === 'current' ? undefined : await api.open(map.id, b);
            setOpened(undefined);
            setComparison({ result, newer });
        } catch (e) {
            fail(e);
        }
    };
    const restore = async (version: number) => {
        try {
            // What the restore will change, read first: the map as it is now against the version.
            const before = await api.compare(map.id, 'current', version);
            await api.restore(map.id, version);
            onRestored(restoreSummary(before.changes, version, i18n));
        } catch (e) {
            fail(e);
        }
    };
    const refOption = (ref: VersionRef) => ref === 'current' ? i18n.text('journeymaps.history.compare.current')
        : i18n.text('journeymaps.history.version.number', ref);
    const refs: VersionRef[] = ['current', ...versions.map((v) => v.number)];
    const parseRef = (value: string): VersionRef => value === 'current' ? 'current' : Number(value);

    return (
        <aside class="jm-history" aria-labelledby="jm-history-title"
               onKeyDown={(e) => {
                   if (e.key === 'Escape' && !e.defaultPrevented) {
                       e.preventDefault();
                       onClose();
                   }
               }}>
            <header class="jm-history-header">
                <h2 id="jm-history-title" tabIndex={-1} ref={heading}>{i18n.text('journeymaps.history.title')}</h2>
                <button type="button" class="aui-button aui-button-subtle jm-history-close" onClick={onClose}
                        aria-label={i18n.text('journeymaps.history.close')}>×</button>
            </header>
            {message && <div class={`aui-message ${message.error ? 'aui-message-error' : 'aui-message-success'}`} role="status"><p>{message.text}</p></div>}
            {map.permissions.edit && (
                <form class="aui jm-history-save" onSubmit={(e) => void save(e)}>
                    <label for="jm-version-label">{i18n.text('journeymaps.history.save.label')}</label>
                    <input id="jm-version-label" class="text" value={label} maxLength={255}
                           onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} />
                    <button type="submit" class="aui-button aui-button-primary">{i18n.text('journeymaps.history.save')}</button>
                </form>
            )}
            <h3>{i18n.text('journeymaps.history.versions')}</h3>
            {versions.length === 0 ? <p>{i18n.text('journeymaps.history.empty')}</p> : (
                <ol class="jm-versions">{versions.map((v) => (
                    <VersionItem key={v.number} version={v} name={versionName(v, i18n.text('journeymaps.history.version.automatic'))}
                        i18n={i18n} canRestore={map.permissions.edit} onOpen={() => void open(v.number)}
                        onCompare={() => void compare(v.number, 'current')} onRestore={() => void restore(v.number)} />
                ))}</ol>
            )}
            <form class="aui jm-history-pick" onSubmit={(e) => { e.preventDefault(); void compare(from, to); }}>
                <label for="jm-compare-from">{i18n.text('journeymaps.history.compare.from')}</label>
                <select id="jm-compare-from" class="select" value={String(from)} onChange={(e) => setFrom(parseRef((e.currentTarget as HTMLSelectElement).value))}>
                    {refs.map((r) => <option key={r} value={String(r)}>{refOption(r)}</option>)}
                </select>
                <label for="jm-compare-to">{i18n.text('journeymaps.history.compare.to')}</label>
                <select id="jm-compare-to" class="select" value={String(to)} onChange={(e) => setTo(parseRef((e.currentTarget as HTMLSelectElement).value))}>
                    {refs.map((r) => <option key={r} value={String(r)}>{refOption(r)}</option>)}
                </select>
                <button type="submit" class="aui-button">{i18n.text('journeymaps.history.compare.run')}</button>
            </form>
            {comparison && <ComparisonView comparison={comparison.result} i18n={i18n} />}
            {(comparison || opened) && (
                <section class="jm-history-stage" aria-labelledby="jm-history-stage-title">
                    <h3 id="jm-history-stage-title">
                        {opened ? i18n.text('journeymaps.history.readonly', opened.version) : i18n.text('journeymaps.history.onMap')}
                    </h3>
                    {comparison
                        ? <ReadOnlyMap map={comparison.newer ?? map} i18n={i18n} changes={comparison.result.changes} />
                        : opened && <ReadOnlyMap map={opened.map} i18n={i18n} />}
                </section>
            )}
            <h3>{i18n.text('journeymaps.history.recent')}</h3>
            {recent.length === 0 ? <p>{i18n.text('journeymaps.history.recent.none')}</p> : (
                <ul class="jm-recent">{recent.map((c) => (
                    <li key={c.revision}>{i18n.text('journeymaps.history.recent.item', c.revision, opText(c.op, i18n), c.authorName ?? c.author ?? '—', i18n.dateTime(c.at))}</li>
                ))}</ul>
            )}
        </aside>
    );
}

/** "Card: update", from the op's element type and kind. */
function opText(op: string, i18n: I18n): string {
    const { type, kind } = opParts(op);
    return i18n.text('journeymaps.history.op', i18n.text(`journeymaps.history.element.${type}`),
        i18n.text(`journeymaps.history.kind.${kind}`));
}
