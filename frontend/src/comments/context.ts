// What the map's elements need from the comments: badge counts, opening the panel on an anchor, and how many
// comments a delete would take along. Absent (null) where no comments are shown.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Anchor, DeletedElement } from './model';

export interface CommentsApi {
    readonly openCount: (anchor: Anchor) => number;
    /** Resolved threads on the anchor (a canvas badge shows them when no thread is open). */
    readonly resolvedCount?: (anchor: Anchor) => number;
    /** Whether the reader may start a thread (the canvas then offers a comment action on hover/focus). */
    readonly canComment?: boolean;
    readonly open: (anchor: Anchor, label: string) => void;
    /** Opens the panel on every thread, or closes it (a host's own "Comments" button). */
    readonly toggleAll?: () => void;
    /** The sentence to add to a delete confirmation ("Comments that go with it: 3"), or '' when none go. */
    readonly goingWith: (deleted: DeletedElement) => string;
}

export const CommentsContext = createContext<CommentsApi | null>(null);

export const useComments = () => useContext(CommentsContext);
