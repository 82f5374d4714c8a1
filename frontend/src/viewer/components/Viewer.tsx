// The interactive map: a framed header (title, state, toolbar), the canvas filling the content width (it
// scrolls sideways only when a stage would get narrower than the canvas allows), and the legend. Presentation
// mode shows one stage at a time over the page.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { JourneyMap } from '../../common/api/maps';
import type { I18n } from '../../common/i18n';
import { CanvasGrid } from '../../canvas/CanvasGrid';
import { fitZoom, overflows } from '../../canvas/layout';
import { MapLegend } from '../../canvas/MapLegend';
import { curveSeries } from '../curve';
import { exportMap, type ExportFormat } from '../export/exportMap';
import { NO_FILTER, visibleLanes, visibleSeries } from '../filter';
import { buildGrid, laneTypesOf } from '../grid';
import type { MacroRoot } from '../roots';
import { useWidth } from '../useWidth';
import { DEFAULT_ZOOM, zoomForKey } from '../zoom';
import { CounterpartToggle } from '../../history/CounterpartToggle';
import { JiraRefresh } from '../../jira/components/JiraRefresh';
import { CommentsHost } from '../../comments/CommentsHost';
import { initials } from '../../canvas/text';
import { Presentation } from './Presentation';
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
    const [fullScreen, setFullScreen] = useState(false);
    const [presenting, setPresenting] = useState(false);
    const frame = useRef<HTMLDivElement>(null);
    const body = useRef<HTMLDivElement>(null);
    const width = useWidth(body);
    const lanes = visibleLanes(grid.lanes, filter);
    const shownSeries = visibleSeries(series, filter);
    const scrolls = width > 0 && overflows(width, grid.stages.length, zoom);
    const persona = map.personas.find((p) => p.id === filter.personaId) ?? (map.personas.length === 1 ? map.personas[0] : undefined);
    const onExport = (format: ExportFormat) =>
        exportMap(format, map.id, { title: map.title, stages: grid.stages, lanes, series: shownSeries, i18n });

    useEffect(() => {
        const onChange = () => setFullScreen(document.fullscreenElement !== null && document.fullscreenElement === frame.current);
        document.addEventListener('fullscreenchange', onChange);
        return () => document.removeEventListener('fullscreenchange', onChange);
    }, []);
    const toggleFullScreen = () => {
        if (document.fullscreenElement) {
            void document.exitFullscreen();
        } else {
            void frame.current?.requestFullscreen?.().catch(() => undefined);
        }
    };
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

    const canvas = lanes.length === 0
        ? <p class="jm-viewer-empty">{i18n.text('journeymaps.viewer.empty')}</p>
        : (
            <div class="jm-zoom-frame" style={{ zoom: String(zoom) }}>
                <CanvasGrid mapId={map.id} title={map.title} stages={grid.stages} lanes={lanes} series={shownSeries} i18n={i18n}
                            stickyHead={!scrolls} corner={persona && (
                                <>
                                    <span class="jm-corner-avatar" aria-hidden="true" style={{ background: persona.color }}>{initials(persona.name).slice(0, 1)}</span>
                                    <span class="jm-corner-name">{persona.name}</span>
                                </>
                            )} />
            </div>
        );
    return (
        <CommentsHost mapId={map.id} mapTitle={map.title} permissions={map.permissions} i18n={i18n}>
            <div ref={frame} class={`jm-viewer jm-canvas-root${fullScreen ? ' jm-viewer-fullscreen' : ''}`} lang={document.documentElement.lang || undefined}
                 onKeyDown={onKeyDown}>
                <div class="jm-viewer-head">
                    {map.branding?.enabled && map.branding.logoUrl && <img class="jm-map-logo" src={map.branding.logoUrl} alt="" />}
                    <h3 class="jm-viewer-title">{map.title}</h3>
                    <span class={`jm-lozenge-c ${map.state === 'FUTURE' ? 'jm-loz-purple' : 'jm-loz-blue'}`}>
                        {i18n.text(`journeymaps.state.${map.state}`)}
                    </span>
                    <Toolbar mapId={map.id} laneTypes={laneTypesOf(grid)} personas={map.personas} filter={filter}
                             onFilter={setFilter} zoom={zoom} onZoom={setZoom}
                             onFit={() => setZoom(fitZoom(width, grid.stages.length))}
                             fullScreen={fullScreen} onFullScreen={toggleFullScreen} onPresent={() => setPresenting(true)}
                             editUrl={editUrl} onExport={onExport} i18n={i18n} />
                </div>
                <div ref={body} class="jm-viewer-body">
                    {/* The same element either way, so the grid (and the keyboard focus in it) stays when scrolling starts. */}
                    <div class={scrolls ? 'jm-canvas-scroll' : 'jm-canvas-fit'} tabIndex={scrolls ? 0 : undefined}
                         role={scrolls ? 'region' : undefined}
                         aria-label={scrolls ? i18n.text('journeymaps.viewer.region', map.title) : undefined}>{canvas}</div>
                </div>
                {onMap && <JiraRefresh map={map} i18n={i18n} onRefreshed={onMap} />}
                <MapLegend i18n={i18n} updatedAt={map.updatedAt} locale={i18n.locale} />
                {map.counterpartMapId != null && <CounterpartToggle mapId={map.id} i18n={i18n} />}
                {presenting && (
                    <Presentation map={map} stages={grid.stages} lanes={lanes} series={shownSeries} i18n={i18n}
                                  onClose={() => setPresenting(false)} />
                )}
            </div>
        </CommentsHost>
    );
}
