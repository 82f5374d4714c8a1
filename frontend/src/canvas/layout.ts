// How wide the map's columns are: the map fills the width it has; below MIN_COLUMN per stage it keeps that
// width and scrolls sideways (with a sticky lane header) rather than squeezing the cards.

export const LANE_HEADER = 122;
export const MIN_COLUMN = 120;
export const ZOOM_LEVELS: readonly number[] = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2];

/** The column width at a zoom, in CSS pixels before zooming. */
export function columnWidth(available: number, stages: number, zoom = 1): number {
    const width = (available / zoom - LANE_HEADER) / Math.max(1, stages);
    return Math.max(MIN_COLUMN, width);
}

/** Whether the map is wider than the space it has (it then scrolls sideways). */
export function overflows(available: number, stages: number, zoom = 1): boolean {
    return (available / zoom - LANE_HEADER) / Math.max(1, stages) < MIN_COLUMN - 0.5;
}

/** The largest zoom level (at most 100 %) at which every stage fits the width without scrolling. */
export function fitZoom(available: number, stages: number): number {
    const fitting = ZOOM_LEVELS.filter((z) => z <= 1 && !overflows(available, stages, z));
    return fitting.length > 0 ? fitting[fitting.length - 1] : ZOOM_LEVELS[0];
}
