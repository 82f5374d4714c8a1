// The toolbar's Export menu (menu button pattern): Enter, Space or ArrowDown opens it on its first item,
// arrows move between PNG and SVG, Escape closes it and gives the focus back to the button.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedFocusEvent, TargetedKeyboardEvent } from 'preact';
import type { I18n } from '../../common/i18n';
import type { ExportFormat } from '../export/exportMap';
import { Icon } from '../../canvas/icons';

const FORMATS: readonly ExportFormat[] = ['png', 'svg'];

interface Props {
    readonly menuId: string;
    readonly onExport: (format: ExportFormat) => Promise<void>;
    readonly i18n: I18n;
}

export function ExportMenu({ menuId, onExport, i18n }: Props) {
    const [open, setOpen] = useState(false);
    const [busy, setBusy] = useState(false);
    const [status, setStatus] = useState('');
    const button = useRef<HTMLButtonElement>(null);
    const menu = useRef<HTMLUListElement>(null);
    const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? []);

    useLayoutEffect(() => {
        if (open) {
            items()[0]?.focus();
        }
    }, [open]);

    const close = (focusButton: boolean) => {
        setOpen(false);
        if (focusButton) {
            button.current?.focus();
        }
    };
    const choose = async (format: ExportFormat) => {
        close(true);
        setBusy(true);
        setStatus(i18n.text('journeymaps.viewer.export.busy'));
        try {
            await onExport(format);
            setStatus(i18n.text('journeymaps.viewer.export.done', format.toUpperCase()));
        } catch (e) {
            console.error('Journey map export failed', e);
            setStatus(i18n.text('journeymaps.viewer.export.failed'));
        } finally {
            setBusy(false);
        }
    };
    const onButtonKey = (e: TargetedKeyboardEvent<HTMLButtonElement>) => {
        // Not disabled while busy: a disabled button would drop the keyboard focus.
        if (!busy && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
            e.preventDefault();
            setOpen(true);
        }
    };
    const onMenuKey = (e: TargetedKeyboardEvent<HTMLUListElement>) => {
        const all = items();
        const at = all.indexOf(document.activeElement as HTMLElement);
        const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
        if (to !== undefined) {
            e.preventDefault();
            all[(to + all.length) % all.length]?.focus();
        } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close(true);
        } else if (e.key === 'Tab') {
            close(false);
        }
    };
    const onFocusOut = (e: TargetedFocusEvent<HTMLDivElement>) => {
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) {
            close(false);
        }
    };
    return (
        <div class="jm-export" onFocusOut={onFocusOut}>
            <button ref={button} type="button" class="jm-tb-button jm-export-button" aria-haspopup="menu" aria-expanded={open}
                    aria-controls={menuId} aria-busy={busy} onClick={() => !busy && setOpen(!open)} onKeyDown={onButtonKey}>
                <Icon name="DOWNLOAD" />{i18n.text('journeymaps.viewer.export')}<Icon name="CHEVRON_DOWN" size={12} />
            </button>
            <ul ref={menu} id={menuId} class="jm-export-menu" role="menu" hidden={!open}
                aria-label={i18n.text('journeymaps.viewer.export.menu')} onKeyDown={onMenuKey}>
                {FORMATS.map((format) => (
                    <li key={format} role="menuitem" tabIndex={-1} class={`jm-export-${format}`}
                        onClick={() => void choose(format)}
                        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), void choose(format))}>
                        {i18n.text(`journeymaps.viewer.export.${format}`)}
                    </li>
                ))}
            </ul>
            <span class="jm-visually-hidden" role="status">{status}</span>
        </div>
    );
}
