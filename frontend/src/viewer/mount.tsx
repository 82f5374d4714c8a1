// Mounts the viewer on one macro root: fetches the map and the texts, then replaces the static table. Until
// then, and if anything fails, the static table stays (the page never loses the map).

import { render } from 'preact';
import { getMap } from '../common/api/maps';
import { loadI18n } from '../common/i18n';
import { editorUrl } from '../common/urls';
import { startViewerLive } from '../live/viewerLive';
import { refreshedMap } from '../jira/refresh';
import { Viewer } from './components/Viewer';
import type { MacroRoot } from './roots';

export async function mount(root: MacroRoot): Promise<void> {
    const [i18n, map] = await Promise.all([loadI18n(), getMap(root.mapId)]);
    const container = document.createElement('div');
    container.className = 'jm-viewer-root';
    root.staticView.replaceWith(container);
    const editUrl = root.canEdit && map.permissions.edit ? editorUrl(map.id) : null;
    const show = (shown: typeof map): void =>
        render(<Viewer root={root} map={shown} i18n={i18n} editUrl={editUrl} onMap={show} />, container);
    show(map);
    startViewerLive(map, show);
    // A stable hook for tests and performance tooling: the interactive view is in place (the mark times it).
    root.element.dataset.viewer = 'ready';
    performance.mark('journeymaps:viewer-ready', { detail: { mapId: map.id } });
    // Jira: fresh issue status in the background; the same render keeps the reader's filter, zoom and scroll.
    refreshedMap(map).then((fresh) => {
        if (fresh !== undefined) {
            show(fresh);
        }
        root.element.dataset.jiraRefresh = fresh === undefined ? 'none' : 'done';
    }, (e: unknown) => {
        root.element.dataset.jiraRefresh = 'failed';
        console.warn(`Journey map ${map.id}: the map could not be read again after the Jira refresh.`, e);
    });
}
