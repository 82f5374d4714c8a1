// Mounts the viewer on one macro root: fetches the map and the texts, then replaces the static table. Until
// then, and if anything fails, the static table stays (the page never loses the map).

import { render } from 'preact';
import { getMap } from '../common/api/maps';
import { contextPath } from '../common/http';
import { loadI18n } from '../common/i18n';
import { refreshedMap } from '../jira/refresh';
import { Viewer } from './components/Viewer';
import type { MacroRoot } from './roots';

/** The editor page of a map (a servlet module of the app). */
export function editorUrl(mapId: number): string {
    return `${contextPath()}/plugins/servlet/journeymaps/editor?mapId=${mapId}`;
}

export async function mount(root: MacroRoot): Promise<void> {
    const [i18n, map] = await Promise.all([loadI18n(), getMap(root.mapId)]);
    const container = document.createElement('div');
    container.className = 'jm-viewer-root';
    root.staticView.replaceWith(container);
    const editUrl = root.canEdit && map.permissions.edit ? editorUrl(map.id) : null;
    render(<Viewer root={root} map={map} i18n={i18n} editUrl={editUrl} />, container);
    // A stable hook for tests and performance tooling: the interactive view is in place.
    root.element.dataset.viewer = 'ready';
    // Jira: fresh issue status in the background; the same render keeps the reader's filter, zoom and scroll.
    refreshedMap(map).then((fresh) => {
        if (fresh !== undefined) {
            render(<Viewer root={root} map={fresh} i18n={i18n} editUrl={editUrl} />, container);
        }
        root.element.dataset.jiraRefresh = fresh === undefined ? 'none' : 'done';
    }, (e: unknown) => {
        root.element.dataset.jiraRefresh = 'failed';
        console.warn(`Journey map ${map.id}: the map could not be read again after the Jira refresh.`, e);
    });
}
