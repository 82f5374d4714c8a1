// What the Export menu does: builds the SVG of the map as the reader sees it and downloads it, as SVG or
// rendered to PNG, or downloads the server's paginated PDF of the map; under a file name made from its title.

import { exportFileName } from './text';
import { download, svgToPng } from './png';
import { buildMapSvg } from './svg';
import { getMapPdf } from '../../common/api/maps';

export type ExportFormat = 'svg' | 'png' | 'pdf';

export async function exportMap(format: ExportFormat, mapId: number,
                                input: Parameters<typeof buildMapSvg>[0]): Promise<void> {
    const fileName = exportFileName(input.title, format, input.i18n.text('journeymaps.viewer.export.fileName'));
    if (format === 'pdf') {
        download(await getMapPdf(mapId, 'landscape'), fileName);
        return;
    }
    const { svg, width, height } = buildMapSvg(input);
    const blob = format === 'svg'
        ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
        : await svgToPng(svg, width, height);
    download(blob, fileName);
}
