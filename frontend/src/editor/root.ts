// The editor page's root element (rendered by the editor servlet) and what its data-* attributes say.

export const EDITOR_ROOT_ID = 'journey-map-editor';

export interface EditorRoot {
    readonly element: HTMLElement;
    readonly mapId: number;
    readonly pageId: number | undefined;
    readonly spaceKey: string;
    /** Where "Back to the page" leads; empty when the servlet gave none. */
    readonly pageUrl: string;
}

/** The root's attributes cannot be trusted: the servlet and the editor disagree. */
export class MalformedEditorRootError extends Error {
    constructor(reason: string) {
        super(`#${EDITOR_ROOT_ID}: ${reason}`);
        this.name = 'MalformedEditorRootError';
    }
}

function positiveId(raw: string | undefined): number | undefined {
    const value = Number(raw);
    return raw !== undefined && /^[1-9][0-9]*$/.test(raw) && Number.isSafeInteger(value) ? value : undefined;
}

/** Reads the root, or undefined when the page has none; throws when its map id is wrong. */
export function readEditorRoot(doc: Document = document): EditorRoot | undefined {
    const element = doc.getElementById(EDITOR_ROOT_ID);
    if (element === null) {
        return undefined;
    }
    const mapId = positiveId(element.dataset.mapId);
    if (mapId === undefined) {
        throw new MalformedEditorRootError(`data-map-id must be a positive whole number, got "${element.dataset.mapId ?? ''}"`);
    }
    const pageUrl = element.dataset.pageUrl ?? '';
    return {
        element,
        mapId,
        pageId: positiveId(element.dataset.pageId),
        spaceKey: element.dataset.spaceKey ?? '',
        // Only a same-site path: the attribute must never turn the back link into a javascript: URL.
        pageUrl: pageUrl.startsWith('/') && !pageUrl.startsWith('//') ? pageUrl : '',
    };
}
