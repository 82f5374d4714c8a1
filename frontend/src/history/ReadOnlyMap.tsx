// A map (a version, or the newer side of a comparison) in the viewer's grid, read-only, with changed cards
// outlined in the colour of their change.

import '../canvas/canvas.css';
import { useMemo } from 'preact/hooks';
import type { JourneyMap } from '../common/api/maps';
import type { I18n } from '../common/i18n';
import { curveSeries } from '../viewer/curve';
import { buildGrid } from '../viewer/grid';
import { CanvasGrid } from '../canvas/CanvasGrid';
import type { DiffKind } from './api';
import { highlightStyle } from './model';

interface Props {
    readonly map: JourneyMap;
    readonly i18n: I18n;
    readonly highlights?: ReadonlyMap<number, DiffKind>;
}

export function ReadOnlyMap({ map, i18n, highlights }: Props) {
    const grid = useMemo(() => buildGrid(map), [map]);
    const series = useMemo(() => curveSeries(grid.stages, map.emotions, map.personas), [grid, map]);
    return (
        <div class="jm-map-scroll jm-history-map jm-canvas-root" tabIndex={0} role="region" aria-label={map.title}>
            {highlights && <style>{highlightStyle('.jm-history-map', highlights)}</style>}
            <CanvasGrid mapId={map.id} title={map.title} stages={grid.stages} lanes={grid.lanes} series={series} i18n={i18n} />
        </div>
    );
}
