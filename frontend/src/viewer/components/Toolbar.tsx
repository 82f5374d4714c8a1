// Filters, zoom and the way to the editor, above the grid. Native controls: keyboard and screen readers
// work as with any form.

import type { LaneType } from '../../common/api/lanes';
import type { MapPersona } from '../../common/api/maps';
import type { I18n } from '../../common/i18n';
import type { ExportFormat } from '../export/exportMap';
import type { ViewFilter } from '../filter';
import { ExportMenu } from './ExportMenu';
import { canZoomIn, canZoomOut, DEFAULT_ZOOM, zoomIn, zoomOut, zoomPercent } from '../zoom';

interface Props {
    readonly mapId: number;
    readonly laneTypes: readonly LaneType[];
    readonly personas: readonly MapPersona[];
    readonly filter: ViewFilter;
    readonly onFilter: (filter: ViewFilter) => void;
    readonly zoom: number;
    readonly onZoom: (zoom: number) => void;
    /** The editor's address, when the reader may edit. */
    readonly editUrl: string | null;
    /** Downloads the map as the reader sees it. */
    readonly onExport: (format: ExportFormat) => Promise<void>;
    readonly i18n: I18n;
}

export function Toolbar({ mapId, laneTypes, personas, filter, onFilter, zoom, onZoom, editUrl, onExport, i18n }: Props) {
    const id = (name: string) => `journey-map-${mapId}-${name}`;
    return (
        <div class="jm-toolbar" role="group" aria-label={i18n.text('journeymaps.viewer.toolbar')}>
            <label class="jm-toolbar-field" for={id('lane-filter')}>
                <span>{i18n.text('journeymaps.viewer.filter.lane')}</span>
                <select id={id('lane-filter')} class="select" value={filter.laneType ?? ''}
                        onChange={(e) => onFilter({ ...filter, laneType: (e.currentTarget.value || null) as LaneType | null })}>
                    <option value="">{i18n.text('journeymaps.viewer.filter.lane.all')}</option>
                    {laneTypes.map((type) => (
                        <option key={type} value={type}>{i18n.text(`journeymaps.lane.type.${type}`)}</option>
                    ))}
                </select>
            </label>
            {personas.length > 0 && (
                <label class="jm-toolbar-field" for={id('persona-filter')}>
                    <span>{i18n.text('journeymaps.viewer.filter.persona')}</span>
                    <select id={id('persona-filter')} class="select" value={filter.personaId ?? ''}
                            onChange={(e) => {
                                const value = e.currentTarget.value;
                                onFilter({ ...filter, personaId: value === '' ? null : Number(value) });
                            }}>
                        <option value="">{i18n.text('journeymaps.viewer.filter.persona.all')}</option>
                        {personas.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                    </select>
                </label>
            )}
            <div class="aui-buttons jm-zoom">
                <button type="button" class="aui-button jm-zoom-out" disabled={!canZoomOut(zoom)}
                        aria-label={i18n.text('journeymaps.viewer.zoom.out')} title={i18n.text('journeymaps.viewer.zoom.out')}
                        aria-keyshortcuts="-" onClick={() => onZoom(zoomOut(zoom))}>−</button>
                <button type="button" class="aui-button jm-zoom-reset" disabled={zoom === DEFAULT_ZOOM}
                        aria-label={i18n.text('journeymaps.viewer.zoom.reset')} title={i18n.text('journeymaps.viewer.zoom.reset')}
                        aria-keyshortcuts="0" onClick={() => onZoom(DEFAULT_ZOOM)}>
                    <span aria-hidden="true">{i18n.text('journeymaps.viewer.zoom.level', zoomPercent(zoom))}</span>
                </button>
                <button type="button" class="aui-button jm-zoom-in" disabled={!canZoomIn(zoom)}
                        aria-label={i18n.text('journeymaps.viewer.zoom.in')} title={i18n.text('journeymaps.viewer.zoom.in')}
                        aria-keyshortcuts="+" onClick={() => onZoom(zoomIn(zoom))}>+</button>
            </div>
            <span class="jm-visually-hidden" role="status">
                {i18n.text('journeymaps.viewer.zoom.status', zoomPercent(zoom))}
            </span>
            <ExportMenu menuId={id('export-menu')} onExport={onExport} i18n={i18n} />
            {editUrl && (
                <a class="aui-button aui-button-primary jm-edit" href={editUrl}>{i18n.text('journeymaps.viewer.edit')}</a>
            )}
        </div>
    );
}
