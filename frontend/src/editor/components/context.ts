// What every editor component needs: the store, the texts, a way to ask for a confirmation, and the selection.

import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { I18n } from '../../common/i18n';
import type { Selection } from '../selection';
import type { EditorStore } from '../store';

export interface EditorContextValue {
    readonly store: EditorStore;
    readonly i18n: I18n;
    /** Asks the user to confirm (a modal dialog); resolves true on "Delete". */
    readonly confirm: (message: string) => Promise<boolean>;
    /** What the side panel edits (nothing: the panel is closed). */
    readonly selection?: Selection | undefined;
    /** Selects an element (opens its panel) or, with undefined, closes the panel. */
    readonly select?: (selection: Selection | undefined, focusPanel?: boolean) => void;
}

export const EditorContext = createContext<EditorContextValue | undefined>(undefined);

export function useEditor(): EditorContextValue {
    const value = useContext(EditorContext);
    if (value === undefined) {
        throw new Error('editor components need an EditorContext');
    }
    return value;
}

/** Re-renders the caller whenever the store changes. */
export function useStoreVersion(store: EditorStore): number {
    const [version, setVersion] = useState(0);
    useEffect(() => store.subscribe(() => setVersion((v) => v + 1)), [store]);
    return version;
}
