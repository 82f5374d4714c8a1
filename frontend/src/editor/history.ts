// Undo/redo over the user's own edits. Each entry holds compensating writes: undo sends the write that
// takes the change back, redo sends the change again; both go through the REST API like any edit.

export interface HistoryEntry {
    /** What the change was, for the announcement ("Undone: rename stage"). */
    readonly label: string;
    readonly undo: () => Promise<boolean>;
    readonly redo: () => Promise<boolean>;
}

const LIMIT = 100;

export class UndoHistory {
    private done: HistoryEntry[] = [];
    private undone: HistoryEntry[] = [];
    private busy = false;

    /** A new edit: it clears what could be redone. */
    push(entry: HistoryEntry): void {
        this.done.push(entry);
        if (this.done.length > LIMIT) {
            this.done.shift();
        }
        this.undone = [];
    }

    get canUndo(): boolean {
        return this.done.length > 0 && !this.busy;
    }

    get canRedo(): boolean {
        return this.undone.length > 0 && !this.busy;
    }

    /** Undoes the last edit; the label of what was undone, or undefined when nothing was (or it failed). */
    undo(): Promise<string | undefined> {
        return this.step(this.done, this.undone, (e) => e.undo());
    }

    redo(): Promise<string | undefined> {
        return this.step(this.undone, this.done, (e) => e.redo());
    }

    private async step(from: HistoryEntry[], to: HistoryEntry[], run: (e: HistoryEntry) => Promise<boolean>): Promise<string | undefined> {
        const entry = from.pop();
        if (entry === undefined || this.busy) {
            if (entry !== undefined) {
                from.push(entry);
            }
            return undefined;
        }
        this.busy = true;
        try {
            // A failed compensating write keeps the entry where it was, so the user can try again.
            const ok = await run(entry);
            (ok ? to : from).push(entry);
            return ok ? entry.label : undefined;
        } finally {
            this.busy = false;
        }
    }
}
