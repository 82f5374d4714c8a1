// A modal confirmation (AUI dialog look) that says what a delete takes with it; Escape or Cancel keeps all.

import { useEffect, useRef } from 'preact/hooks';
import { useEditor } from './context';

interface Props {
    readonly message: string;
    readonly onAnswer: (confirmed: boolean) => void;
}

export function ConfirmDialog({ message, onAnswer }: Props) {
    const { i18n } = useEditor();
    const cancel = useRef<HTMLButtonElement>(null);
    useEffect(() => {
        const previous = document.activeElement as HTMLElement | null;
        cancel.current?.focus();
        return () => previous?.focus();
    }, []);
    const onKeyDown = (e: KeyboardEvent) => {
        if (e.key === 'Escape') {
            onAnswer(false);
        } else if (e.key === 'Tab') {
            // Keep the focus inside the dialog: it only holds the two buttons.
            const buttons = Array.from((e.currentTarget as HTMLElement).querySelectorAll('button'));
            const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
            buttons[(index + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
            e.preventDefault();
        }
    };
    return (
        <div class="jm-dialog-blanket">
            <section role="alertdialog" aria-modal="true" aria-labelledby="jm-confirm-title" aria-describedby="jm-confirm-message"
                class="aui-dialog2 aui-dialog2-small jm-dialog" onKeyDown={onKeyDown}>
                <header class="aui-dialog2-header"><h2 class="aui-dialog2-header-main" id="jm-confirm-title">{i18n.text('journeymaps.editor.confirm.title')}</h2></header>
                <div class="aui-dialog2-content"><p id="jm-confirm-message">{message}</p></div>
                <footer class="aui-dialog2-footer">
                    <div class="aui-dialog2-footer-actions">
                        <button type="button" class="aui-button aui-button-primary jm-danger" onClick={() => onAnswer(true)}>
                            {i18n.text('journeymaps.editor.delete')}
                        </button>
                        <button type="button" class="aui-button" ref={cancel} onClick={() => onAnswer(false)}>
                            {i18n.text('journeymaps.editor.cancel')}
                        </button>
                    </div>
                </footer>
            </section>
        </div>
    );
}
