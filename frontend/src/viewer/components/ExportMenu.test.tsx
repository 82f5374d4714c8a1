import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18n } from '../../common/i18n';
import type { ExportFormat } from '../export/exportMap';
import { ExportMenu } from './ExportMenu';

const i18n = new I18n({ 'journeymaps.viewer.export': 'Export', 'journeymaps.viewer.export.png': 'PNG',
    'journeymaps.viewer.export.svg': 'SVG', 'journeymaps.viewer.export.pdf': 'PDF',
    'journeymaps.viewer.export.failed': 'Failed' });
let container: HTMLElement;
let onExport: ReturnType<typeof vi.fn<(format: ExportFormat) => Promise<void>>>;

const button = () => container.querySelector<HTMLButtonElement>('.jm-export-button')!;
const menu = () => container.querySelector<HTMLElement>('[role=menu]')!;
const key = (target: Element, k: string) => act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
});

beforeEach(() => {
    container = document.createElement('div');
    document.body.appendChild(container);
    onExport = vi.fn<(format: ExportFormat) => Promise<void>>(() => Promise.resolve());
    act(() => render(<ExportMenu menuId="m" onExport={onExport} i18n={i18n} />, container));
});

afterEach(() => {
    render(null, container);
    container.remove();
});

describe('ExportMenu', () => {
    it('is a closed menu button until asked', () => {
        expect(button().getAttribute('aria-haspopup')).toBe('menu');
        expect(button().getAttribute('aria-expanded')).toBe('false');
        expect(menu().hidden).toBe(true);
    });

    it('opens on ArrowDown with the focus on PNG, moves with the arrows through PNG, SVG and PDF and exports the chosen format with Enter', async () => {
        key(button(), 'ArrowDown');
        expect(menu().hidden).toBe(false);
        expect(document.activeElement?.textContent).toBe('PNG');
        key(document.activeElement!, 'ArrowDown');
        expect(document.activeElement?.textContent).toBe('SVG');
        key(document.activeElement!, 'ArrowDown');
        expect(document.activeElement?.textContent).toBe('PDF');
        key(document.activeElement!, 'ArrowDown');
        expect(document.activeElement?.textContent).toBe('PNG');
        key(document.activeElement!, 'End');
        await act(async () => {
            document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        });
        expect(onExport).toHaveBeenCalledWith('pdf');
        expect(menu().hidden).toBe(true);
        expect(document.activeElement).toBe(button());
    });

    it('closes on Escape and gives the focus back to its button', () => {
        act(() => button().click());
        key(document.activeElement!, 'Escape');
        expect(menu().hidden).toBe(true);
        expect(document.activeElement).toBe(button());
        expect(onExport).not.toHaveBeenCalled();
    });

    it('says so when the export fails', async () => {
        onExport.mockRejectedValueOnce(new Error('canvas'));
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        act(() => button().click());
        await act(async () => (document.activeElement as HTMLElement).click());
        expect(container.querySelector('[role=status]')?.textContent).toBe('Failed');
    });
});
