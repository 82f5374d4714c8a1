// What the Export menu does: builds the SVG of the map as the reader sees it and downloads it, as SVG or
// rendered to PNG, under a file name made from the map's title.

import { exportFileName } from './text';
import { download, svgToPng } from './png';
import { buildMapSvg } from './svg';

export type ExportFormat = 'svg' | 'png';

export async function exportMap(format: ExportFormat, input: Parameters<typeof buildMapSvg>[0]): Promise<void> {
    const { svg, width, height } = buildMapSvg(input);
    const fileName = exportFileName(input.title, format, input.i18n.text('journeymaps.viewer.export.fileName'));
    const blob = format === 'svg'
        ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
        : await svgToPng(svg, width, height);
    download(blob, fileName);
}
