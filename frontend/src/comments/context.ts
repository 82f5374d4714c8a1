// What the map's elements need from the comments: badge counts, opening the panel on an anchor, the element the
// panel is about (marked on the map), and how many comments a delete would take along. Absent (null) where no
// comments are shown.

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
    /** A delete confirmation's question, with a sentence saying how many comments go too when some do. */
    readonly goingWith: (question: string, deleted: DeletedElement) => string;
    /** The element whose threads the panel shows (the host marks it on the map by id and scrolls it into view). */
    readonly target?: Anchor | null;
    /** Badges say what their element is called, so the map-wide thread list can name each thread's element. */
    readonly name?: (anchor: Anchor, label: string) => void;
    /** Opens the panel on every thread, or closes it (a host's own "Comments" button). */
    readonly toggleAll?: () => void;
}

export const CommentsContext = createContext<CommentsApi | null>(null);

export const useComments = () => useContext(CommentsContext);
