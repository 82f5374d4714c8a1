import { contextPath } from '../common/http';

/** The full-page editor of a map (the app's servlet). */
export function editorUrl(mapId: number): string {
    return `${contextPath()}/plugins/servlet/journeymaps/editor?mapId=${mapId}`;
}
