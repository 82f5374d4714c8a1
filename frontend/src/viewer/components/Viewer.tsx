// The interactive map: the toolbar over the grid, filtered and zoomed as the reader chooses.

import { useMemo, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { JourneyMap } from '../../common/api/maps';
import type { I18n } from '../../common/i18n';
import { curveSeries } from '../curve';
import { exportMap } from '../export/exportMap';
import { NO_FILTER, visibleLanes, visibleSeries } from '../filter';
import { buildGrid, laneTypesOf } from '../grid';
import type { MacroRoot } from '../roots';
import { DEFAULT_ZOOM, zoomForKey } from '../zoom';
import { CounterpartToggle } from '../../history/CounterpartToggle';
import { JiraRefresh } from '../../jira/components/JiraRefresh';
import { MapRollup } from '../../jira/components/Rollup';
import { CommentsHost } from '../../comments/CommentsHost';
import { GridTable } from './GridTable';
import { Toolbar } from './Toolbar';

interface Props {
    readonly root: MacroRoot;
    readonly map: JourneyMap;
    readonly i18n: I18n;
    readonly editUrl: string | null;
    /** Shows the map read again (after "Refresh now" reads Jira). */
    readonly onMap?: (map: JourneyMap) => void;
}

export function Viewer({ root, map, i18n, editUrl, onMap }: Props) {
    const grid = useMemo(() => buildGrid(map, root.laneTypes), [map, root.laneTypes]);
    const series = useMemo(() => curveSeries(grid.stages, map.emotions, map.personas), [grid, map]);
    const [filter, setFilter] = useState(NO_FILTER);
    const [zoom, setZoom] = useState(DEFAULT_ZOOM);
    const lanes = visibleLanes(grid.lanes, filter);
    const shownSeries = visibleSeries(series, filter);
    const onExport = (format: 'svg' | 'png') =>
        exportMap(format, { title: map.title, stages: grid.stages, lanes, series: shownSeries, i18n });

    const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
        const target = event.target as HTMLElement;
        if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
            return;
        }
        const key = event.key;
        if (zoomForKey(key, zoom) !== undefined) {
            event.preventDefault();
            // From the latest zoom: presses can come faster than renders.
            setZoom((current) => zoomForKey(key, current) ?? current);
        }
    };

    return (
        <CommentsHost mapId={map.id} mapTitle={map.title} permissions={map.permissions} i18n={i18n}>
        <div class="jm-viewer" onKeyDown={onKeyDown}>
            <Toolbar mapId={map.id} laneTypes={laneTypesOf(grid)} personas={map.personas} filter={filter}
                     onFilter={setFilter} zoom={zoom} onZoom={setZoom} editUrl={editUrl} onExport={onExport} i18n={i18n} />
            <MapRollup rollup={map.rollup} i18n={i18n} />
            {onMap && <JiraRefresh map={map} i18n={i18n} onRefreshed={onMap} />}
            {/* Focusable so keyboard users can scroll a wide map and use the zoom keys. */}
            <div class="jm-map-scroll jm-viewer-scroll" tabIndex={0} role="region"
                 aria-label={i18n.text('journeymaps.viewer.region', map.title)}>
                {lanes.length === 0
                    ? <p class="jm-viewer-empty">{i18n.text('journeymaps.viewer.empty')}</p>
                    : (
                        <div class="jm-zoom-frame" style={{ zoom: String(zoom) }}>
                            <GridTable mapId={map.id} title={map.title} stages={grid.stages} lanes={lanes}
                                       series={shownSeries} compact={root.compact} i18n={i18n}
                                       rollup={map.rollup} />
                        </div>
                    )}
            </div>
            {map.counterpartMapId != null && <CounterpartToggle mapId={map.id} i18n={i18n} />}
        </div>
        </CommentsHost>
    );
}
