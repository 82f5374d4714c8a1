// The map's header bar: persona and lane filters, zoom −/100 %/+, fit, full screen, present, export and the
// way to the editor. Native controls, so keyboard and screen readers work as with any form.

import type { ComponentChildren } from 'preact';
import type { LaneType } from '../../common/api/lanes';
import type { MapPersona } from '../../common/api/maps';
import type { I18n } from '../../common/i18n';
import { Icon, type IconName } from '../../canvas/icons';
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
    /** Zooms so every stage fits the width. */
    readonly onFit: () => void;
    readonly fullScreen: boolean;
    readonly onFullScreen: () => void;
    readonly onPresent: () => void;
    /** The editor's address, when the reader may edit. */
    readonly editUrl: string | null;
    /** Downloads the map as the reader sees it. */
    readonly onExport: (format: ExportFormat) => Promise<void>;
    readonly i18n: I18n;
}

function ToolButton({ icon, label, text, onClick, disabled, pressed, class: extra, shortcut }: {
    readonly icon: IconName; readonly label: string; readonly text?: ComponentChildren; readonly onClick: () => void;
    readonly disabled?: boolean; readonly pressed?: boolean; readonly class?: string; readonly shortcut?: string;
}) {
    return (
        <button type="button" class={`jm-tb-button${extra ? ' ' + extra : ''}`} aria-label={text ? undefined : label}
                title={label} disabled={disabled} aria-pressed={pressed} aria-keyshortcuts={shortcut} onClick={onClick}>
            <Icon name={icon} />{text}
        </button>
    );
}

export function Toolbar(props: Props) {
    const { mapId, laneTypes, personas, filter, onFilter, zoom, onZoom, editUrl, onExport, i18n } = props;
    const id = (name: string) => `journey-map-${mapId}-${name}`;
    return (
        <div class="jm-toolbar" role="toolbar" aria-label={i18n.text('journeymaps.viewer.toolbar')}>
            {personas.length > 0 && (
                <label class="jm-tb-select" for={id('persona-filter')}>
                    <Icon name="PERSON" />
                    <span class="jm-visually-hidden">{i18n.text('journeymaps.viewer.filter.persona')}</span>
                    <select id={id('persona-filter')} value={filter.personaId ?? ''}
                            onChange={(e) => {
                                const value = e.currentTarget.value;
                                onFilter({ ...filter, personaId: value === '' ? null : Number(value) });
                            }}>
                        <option value="">{i18n.text('journeymaps.canvas.toolbar.personas', personas.length, personas.length)}</option>
                        {personas.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                    </select>
                </label>
            )}
            <label class="jm-tb-select" for={id('lane-filter')}>
                <Icon name="LANES" />
                <span class="jm-visually-hidden">{i18n.text('journeymaps.viewer.filter.lane')}</span>
                <select id={id('lane-filter')} value={filter.laneType ?? ''}
                        onChange={(e) => onFilter({ ...filter, laneType: (e.currentTarget.value || null) as LaneType | null })}>
                    <option value="">{i18n.text('journeymaps.canvas.toolbar.lanes', laneTypes.length, laneTypes.length)}</option>
                    {laneTypes.map((type) => (
                        <option key={type} value={type}>{i18n.text(`journeymaps.lane.type.${type}`)}</option>
                    ))}
                </select>
            </label>
            <div class="jm-zoom" role="group" aria-label={i18n.text('journeymaps.viewer.zoom.status', zoomPercent(zoom))}>
                <ToolButton icon="ZOOM_OUT" class="jm-zoom-out" label={i18n.text('journeymaps.viewer.zoom.out')} shortcut="-"
                            disabled={!canZoomOut(zoom)} onClick={() => onZoom(zoomOut(zoom))} />
                <button type="button" class="jm-tb-button jm-zoom-reset" disabled={zoom === DEFAULT_ZOOM} aria-keyshortcuts="0"
                        aria-label={i18n.text('journeymaps.viewer.zoom.reset')} title={i18n.text('journeymaps.viewer.zoom.reset')}
                        onClick={() => onZoom(DEFAULT_ZOOM)}>
                    <span aria-hidden="true">{i18n.text('journeymaps.viewer.zoom.level', zoomPercent(zoom))}</span>
                </button>
                <ToolButton icon="ZOOM_IN" class="jm-zoom-in" label={i18n.text('journeymaps.viewer.zoom.in')} shortcut="+"
                            disabled={!canZoomIn(zoom)} onClick={() => onZoom(zoomIn(zoom))} />
            </div>
            <span class="jm-visually-hidden" role="status">{i18n.text('journeymaps.viewer.zoom.status', zoomPercent(zoom))}</span>
            <ToolButton icon="FIT" class="jm-fit" label={i18n.text('journeymaps.canvas.toolbar.fit.label')}
                        text={i18n.text('journeymaps.canvas.toolbar.fit')} onClick={props.onFit} />
            <ToolButton icon={props.fullScreen ? 'COLLAPSE' : 'EXPAND'} class="jm-fullscreen" pressed={props.fullScreen}
                        label={i18n.text('journeymaps.canvas.present.fullscreen')} onClick={props.onFullScreen} />
            <span class="jm-tb-sep" aria-hidden="true" />
            <ToolButton icon="PRESENT" class="jm-present-button" label={i18n.text('journeymaps.canvas.toolbar.present')}
                        text={i18n.text('journeymaps.canvas.toolbar.present')} onClick={props.onPresent} />
            <ExportMenu menuId={id('export-menu')} onExport={onExport} i18n={i18n} />
            {editUrl && (
                <a class="jm-tb-button jm-tb-primary jm-edit" href={editUrl}><Icon name="EDIT" />{i18n.text('journeymaps.viewer.edit')}</a>
            )}
        </div>
    );
}
