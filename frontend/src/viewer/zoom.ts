// Zoom steps of the viewer; the grid is scaled with CSS zoom so it keeps its layout and sticky headers.

export const ZOOM_LEVELS: readonly number[] = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2];
export const DEFAULT_ZOOM = 1;

/** The next level up, or the same at the top. */
export function zoomIn(zoom: number): number {
    return ZOOM_LEVELS.find((level) => level > zoom + 1e-9) ?? ZOOM_LEVELS[ZOOM_LEVELS.length - 1];
}

/** The next level down, or the same at the bottom. */
export function zoomOut(zoom: number): number {
    return [...ZOOM_LEVELS].reverse().find((level) => level < zoom - 1e-9) ?? ZOOM_LEVELS[0];
}

export const canZoomIn = (zoom: number): boolean => zoomIn(zoom) !== zoom;
export const canZoomOut = (zoom: number): boolean => zoomOut(zoom) !== zoom;

export function zoomPercent(zoom: number): number {
    return Math.round(zoom * 100);
}

/** The zoom a key press asks for (`+`/`=`, `-`, `0`), or undefined for any other key. */
export function zoomForKey(key: string, zoom: number): number | undefined {
    switch (key) {
        case '+':
        case '=':
            return zoomIn(zoom);
        case '-':
            return zoomOut(zoom);
        case '0':
            return DEFAULT_ZOOM;
        default:
            return undefined;
    }
}
