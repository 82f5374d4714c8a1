// The PNG export: the SVG drawn on a canvas at twice its size (sharp on high-density screens and in
// slides), smaller when the map is so large that a browser would refuse the canvas.

/** Chromium refuses canvases beyond 32,767 px a side or about 268 M pixels; stay well inside both. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 120_000_000;
export const PNG_SCALE = 2;

/** The scale to draw a `width` × `height` SVG at: 2, or less for a map too large for that. */
export function pngScale(width: number, height: number): number {
    const bySide = MAX_SIDE / Math.max(width, height);
    const byArea = Math.sqrt(MAX_PIXELS / (width * height));
    return Math.min(PNG_SCALE, bySide, byArea);
}

/** Renders the SVG document to a PNG blob. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
    const image = new Image();
    // A data: URL keeps the canvas untainted, so it can be read back as a PNG.
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    await image.decode();
    const scale = pngScale(width, height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(width * scale);
    canvas.height = Math.floor(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) {
        throw new Error('no 2D canvas context');
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}

/** Offers a blob as a download named `fileName`. */
export function download(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The browser has taken the blob once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
