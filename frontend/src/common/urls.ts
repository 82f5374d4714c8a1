// Pages of the app that the front end links to.

import { contextPath } from './http';

/** The editor page of a map (a servlet module of the app). */
export function editorUrl(mapId: number): string {
    return `${contextPath()}/plugins/servlet/journeymaps/editor?mapId=${mapId}`;
}
