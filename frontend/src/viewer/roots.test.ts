import { describe, expect, it } from 'vitest';
import { findRoots, MalformedRootError, readRoot } from './roots';

const STATIC_TABLE = '<div class="jm-map-scroll jm-canvas-root"><div class="jm-canvas" role="grid"></div></div>';

function root(attributes: string, inner = STATIC_TABLE, classes = 'jm-map'): HTMLElement {
    document.body.innerHTML = `<div class="${classes}" id="journey-map-1" ${attributes}>${inner}</div>`;
    return document.body.firstElementChild as HTMLElement;
}

describe('readRoot', () => {
    it('reads the map id and the edit permission', () => {
        expect(readRoot(root('data-journey-map-id="42" data-can-edit="true"'))).toMatchObject({ mapId: 42, canEdit: true });
        expect(readRoot(root('data-journey-map-id="7" data-can-edit="false"'))).toMatchObject({ mapId: 7, canEdit: false });
    });

    it('reads the lane types the page author chose, compact mode and the static view to replace', () => {
        const element = root('data-journey-map-id="4" data-can-edit="false" data-lane-types="PAIN_POINTS,OPPORTUNITIES"',
            STATIC_TABLE, 'jm-map jm-map-compact');
        const read = readRoot(element);
        expect([...read.laneTypes]).toEqual(['PAIN_POINTS', 'OPPORTUNITIES']);
        expect(read.compact).toBe(true);
        expect(read.staticView).toBe(element.querySelector('.jm-map-scroll'));
        expect(readRoot(root('data-journey-map-id="4" data-can-edit="false" data-lane-types=""')).laneTypes.size).toBe(0);
    });

    it('refuses lane types it does not know', () => {
        expect(() => readRoot(root('data-journey-map-id="4" data-can-edit="false" data-lane-types="PAIN_POINTS,SWIM"')))
            .toThrowError(/data-lane-types holds "SWIM"/);
    });

    it.each(['', '0', '-3', '4.5', '12abc', '99999999999999999999'])('refuses the map id "%s"', (id) => {
        expect(() => readRoot(root(`data-journey-map-id="${id}" data-can-edit="false"`)))
            .toThrowError(/#journey-map-1: data-journey-map-id must be a positive whole number/);
    });

    it('refuses a missing or odd edit permission', () => {
        expect(() => readRoot(root('data-journey-map-id="4"'))).toThrowError(MalformedRootError);
        expect(() => readRoot(root('data-journey-map-id="4" data-can-edit="yes"'))).toThrowError(/data-can-edit/);
    });

    it('refuses a root without the static map', () => {
        expect(() => readRoot(root('data-journey-map-id="4" data-can-edit="true"', '<p>No map</p>')))
            .toThrowError(/\.jm-map-scroll \.jm-canvas/);
        expect(() => readRoot(root('data-journey-map-id="4" data-can-edit="true"', '<div class="jm-canvas"></div>')))
            .toThrowError(MalformedRootError);
    });
});

describe('findRoots', () => {
    it('finds every macro root with a map id, in document order', () => {
        document.body.innerHTML = '<div class="jm-map" data-journey-map-id="1"></div><div class="jm-map"></div>'
            + '<div class="other" data-journey-map-id="3"></div><div class="jm-map" data-journey-map-id="2"></div>';
        expect(findRoots().map((e) => e.dataset.journeyMapId)).toEqual(['1', '2']);
    });
});
