// Entry of the journey-map-macro-browser web resource (contexts `editor` and `macro-browser`): in Confluence's
// editor, inserting the journey-map macro or editing its placeholder opens our dialog instead of the macro
// browser's parameter form.
import 'wr-dependency!com.atlassian.auiplugin:ajs';
import './macro-browser.css';
import { loadI18n } from '../common/i18n';
import { restApi } from './api';
import { cancelMacro, completeMacro, editedPage, registerOpener, type SelectedMacro } from './confluence';
import { showMacroDialog } from './open';
import { MACRO_NAME } from './params';

async function open(macro: SelectedMacro): Promise<void> {
    let i18n;
    try {
        i18n = await loadI18n();
    } catch (e) {
        // Without its texts the dialog cannot speak; the editor gets its selection back.
        console.error('Journey map: the texts could not be loaded', e);
        cancelMacro();
        return;
    }
    showMacroDialog(macro, i18n, restApi, editedPage(), {
        complete: (params) => completeMacro(MACRO_NAME, params),
        cancel: cancelMacro,
    });
}

function register(): void {
    if (registerOpener(MACRO_NAME, { opener: (macro) => void open(macro) })) {
        // Fetched now so the dialog opens at once.
        loadI18n().catch(() => undefined);
    }
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', register);
} else {
    register();
}
