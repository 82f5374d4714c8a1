// The macro's root elements and what their data-* attributes say (see templates/journey-map.vm).

export const ROOT_SELECTOR = '.jm-map[data-journey-map-id]';

export interface MacroRoot {
    readonly element: HTMLElement;
    readonly mapId: number;
    readonly canEdit: boolean;
}

/** A root whose attributes the viewer cannot trust; the static table stays. */
export class MalformedRootError extends Error {
    constructor(readonly element: Element, reason: string) {
        super(`Journey map root ${element.id ? '#' + element.id : '(no id)'}: ${reason}`);
        this.name = 'MalformedRootError';
    }
}

/** Reads one root; throws MalformedRootError naming the attribute that is wrong. */
export function readRoot(element: HTMLElement): MacroRoot {
    const rawId = element.dataset.journeyMapId ?? '';
    const mapId = Number(rawId);
    if (!/^[1-9][0-9]*$/.test(rawId) || !Number.isSafeInteger(mapId)) {
        throw new MalformedRootError(element, `data-journey-map-id must be a positive whole number, got "${rawId}"`);
    }
    const canEdit = element.dataset.canEdit;
    if (canEdit !== 'true' && canEdit !== 'false') {
        throw new MalformedRootError(element, `data-can-edit must be "true" or "false", got "${canEdit ?? ''}"`);
    }
    if (element.querySelector('table.jm-grid') === null) {
        throw new MalformedRootError(element, 'it holds no static table (table.jm-grid) to enhance');
    }
    return { element, mapId, canEdit: canEdit === 'true' };
}

/** Every macro root in the document, in order. */
export function findRoots(doc: ParentNode = document): HTMLElement[] {
    return Array.from(doc.querySelectorAll<HTMLElement>(ROOT_SELECTOR));
}
