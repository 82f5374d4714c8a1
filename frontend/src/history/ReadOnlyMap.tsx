// A map (a version, or the newer side of a comparison) drawn with the shared canvas, read-only; after a
// comparison, the changed elements are marked on it by id (see marks.ts).

import '../canvas/canvas.css';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { JourneyMap } from '../common/api/maps';
import type { I18n } from '../common/i18n';
import { curveSeries } from '../viewer/curve';
import { buildGrid } from '../viewer/grid';
import { CanvasGrid } from '../canvas/CanvasGrid';
import type { ElementChange } from './api';
import { markChanges } from './marks';

interface Props {
    readonly map: JourneyMap;
    readonly i18n: I18n;
    readonly changes?: readonly ElementChange[];
}

export function ReadOnlyMap({ map, i18n, changes }: Props) {
    const grid = useMemo(() => buildGrid(map), [map]);
    const series = useMemo(() => curveSeries(grid.stages, map.emotions, map.personas), [grid, map]);
    const root = useRef<HTMLDivElement>(null);
    useEffect(() => {
        if (!changes || root.current === null) {
            return undefined;
        }
        return markChanges(root.current, changes, (kind) => i18n.text(`journeymaps.history.change.${kind}`)).undo;
    }, [map, changes, i18n]);
    return (
        <div ref={root} class="jm-map-scroll jm-history-map jm-canvas-root" tabIndex={0} role="region" aria-label={map.title}>
            <CanvasGrid mapId={map.id} title={map.title} stages={grid.stages} lanes={grid.lanes} series={series} i18n={i18n} />
        </div>
    );
}
