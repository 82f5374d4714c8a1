// The part of Confluence's editor this entry talks to, and nothing more:
// - AJS.MacroBrowser.setMacroJsOverride(name, { opener }) — Confluence's macro browser calls `opener(macro)`
//   instead of showing its parameter form, both when the macro is inserted (macro browser, `{` autocomplete:
//   `{ name }`) and when its placeholder is edited (`{ name, params, ... }`).
// - tinymce.confluence.macrobrowser.macroBrowserComplete({ name, params }) — inserts the macro at the cursor, or
//   replaces the placeholder being edited; macroBrowserCancel() — gives the editor back its selection.
// - The page's ajs-* meta tags (what AJS.Meta.get reads): page id, space key, page title.

import type { MacroParams } from './params';

/** The macro Confluence hands to the opener; `params` is absent for a new macro. */
export interface SelectedMacro {
    readonly name: string;
    readonly params?: MacroParams;
}

export interface MacroOverride {
    opener(macro: SelectedMacro): void;
}

interface EditorGlobals {
    AJS?: { MacroBrowser?: { setMacroJsOverride(name: string, override: MacroOverride): unknown } };
    tinymce?: {
        confluence?: {
            macrobrowser?: {
                macroBrowserComplete(macro: { name: string; params: MacroParams; bodyHtml?: string }): void;
                macroBrowserCancel?(): void;
            };
        };
    };
}

function globals(): EditorGlobals {
    return window as unknown as EditorGlobals;
}

/** Registers the opener; false when this page has no macro browser (not an editor page). */
export function registerOpener(macroName: string, override: MacroOverride): boolean {
    const browser = globals().AJS?.MacroBrowser;
    if (browser === undefined) {
        return false;
    }
    browser.setMacroJsOverride(macroName, override);
    return true;
}

/** Puts the macro with these parameters into the page being edited. */
export function completeMacro(name: string, params: MacroParams): void {
    const macroBrowser = globals().tinymce?.confluence?.macrobrowser;
    if (macroBrowser === undefined) {
        throw new Error('tinymce.confluence.macrobrowser is not available');
    }
    macroBrowser.macroBrowserComplete({ name, params, bodyHtml: undefined });
}

/** Tells the editor the dialog was closed without a change. */
export function cancelMacro(): void {
    globals().tinymce?.confluence?.macrobrowser?.macroBrowserCancel?.();
}

/** What the dialog needs to know about the page being edited. */
export interface EditedPage {
    /** The page's id, or undefined for a page that was never saved (Confluence gives it id 0 until then). */
    readonly pageId: number | undefined;
    readonly spaceKey: string;
    readonly title: string;
}

export function editedPage(doc: Document = document): EditedPage {
    const meta = (name: string) =>
        doc.querySelector<HTMLMetaElement>(`meta[name="ajs-${name}"]`)?.content.trim() ?? '';
    const pageId = Number(meta('page-id'));
    return {
        pageId: Number.isInteger(pageId) && pageId > 0 ? pageId : undefined,
        spaceKey: meta('space-key'),
        title: meta('page-title'),
    };
}
