// Opens the macro dialog over the editor and closes it with the macro completed or cancelled.

import { render } from 'preact';
import type { I18n } from '../common/i18n';
import type { MacroDialogApi } from './api';
import { MacroDialog } from './components/MacroDialog';
import type { EditedPage, SelectedMacro } from './confluence';
import type { MacroParams } from './params';

export interface DialogOutcome {
    complete(params: MacroParams): void;
    cancel(): void;
}

/** Shows the dialog for `macro` in a new element at the end of `doc.body`; it removes itself when done. */
export function showMacroDialog(macro: SelectedMacro, i18n: I18n, api: MacroDialogApi, page: EditedPage,
                                outcome: DialogOutcome, doc: Document = document): HTMLElement {
    const host = doc.createElement('div');
    host.className = 'jm-mb-host';
    doc.body.append(host);
    const close = () => {
        render(null, host);
        host.remove();
    };
    render(<MacroDialog i18n={i18n} api={api} page={page} params={macro.params}
                        onComplete={(params) => {
                            close();
                            outcome.complete(params);
                        }}
                        onCancel={() => {
                            close();
                            outcome.cancel();
                        }} />, host);
    return host;
}
