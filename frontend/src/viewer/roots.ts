// The macro's root elements and what their data-* attributes say (see templates/journey-map.vm).

import { LANE_TYPES, type LaneType } from '../common/api/lanes';

export const ROOT_SELECTOR = '.jm-map[data-journey-map-id]';

export interface MacroRoot {
    readonly element: HTMLElement;
    readonly mapId: number;
    readonly canEdit: boolean;
    /** The lane types the page author chose to show; empty = all. */
    readonly laneTypes: ReadonlySet<LaneType>;
    readonly compact: boolean;
    /** The static map's area, which the viewer replaces. */
    readonly staticView: HTMLElement;
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
    const laneTypes = (element.dataset.laneTypes ?? '').split(',').filter((name) => name !== '');
    const unknown = laneTypes.find((name) => !(LANE_TYPES as readonly string[]).includes(name));
    if (unknown !== undefined) {
        throw new MalformedRootError(element, `data-lane-types holds "${unknown}", which is not a lane type`);
    }
    const staticView = element.querySelector<HTMLElement>('.jm-map-scroll');
    if (staticView === null || staticView.querySelector('.jm-canvas, table.jm-grid') === null) {
        throw new MalformedRootError(element, 'it holds no static map (.jm-map-scroll .jm-canvas) to enhance');
    }
    return {
        element,
        mapId,
        canEdit: canEdit === 'true',
        laneTypes: new Set(laneTypes as LaneType[]),
        compact: element.classList.contains('jm-map-compact'),
        staticView,
    };
}

/** Every macro root in the document, in order. */
export function findRoots(doc: ParentNode = document): HTMLElement[] {
    return Array.from(doc.querySelectorAll<HTMLElement>(ROOT_SELECTOR));
}
