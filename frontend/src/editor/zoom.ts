// The editor's zoom: the viewer's steps kept within 50–150 %, and "fit" to the room the canvas has.

import { zoomIn, zoomOut } from '../viewer/zoom';

export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 1.5;

const clamp = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

export const editorZoomIn = (zoom: number) => clamp(zoomIn(zoom));
export const editorZoomOut = (zoom: number) => clamp(zoomOut(zoom));

/** The largest zoom (in 5 % steps, at most 100 %) at which a canvas `width` px wide fits into `room` px. */
export function fitZoom(room: number, width: number): number {
    if (width <= 0 || room <= 0) {
        return 1;
    }
    return clamp(Math.min(1, Math.floor((room / width) * 20) / 20));
}

export const MIN_COLUMN = 150;
export const LANE_HEADER = 144;

/** A stage column's width: the room shared out among the stages (at the zoom), never under MIN_COLUMN. */
export function columnWidth(room: number, stages: number, zoom: number): number {
    if (stages <= 0 || zoom <= 0) {
        return MIN_COLUMN;
    }
    return Math.max(MIN_COLUMN, Math.floor((room / zoom - LANE_HEADER) / stages));
}
