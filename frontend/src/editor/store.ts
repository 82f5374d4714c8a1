// The editor's state and its writes. Every edit shows at once, then goes to the server with the version it
// was based on; its save state (saving, saved, error, conflict) is kept per element. A failed or stale
// write keeps the user's value on screen until they save it again, take the server's, or discard it.

import { ApiError, type FieldError } from '../common/http';
import type { I18n } from '../common/i18n';
import type { JourneyMap } from '../common/api/maps';
import type { EditorApi } from './api';
import { replaceCard } from './cells';
import { UndoHistory } from './history';
import { WriteQueue } from './queue';

export type Kind = 'map' | 'stage' | 'lane' | 'card';
export type Changes = Readonly<Record<string, unknown>>;

export interface SaveState {
    readonly status: 'saving' | 'saved' | 'error' | 'conflict';
    readonly message?: string;
    readonly fieldErrors?: readonly FieldError[];
    /** The element as the server has it now (conflict). */
    readonly theirs?: Changes;
    /** What the user wrote and the server has not taken. */
    readonly mine?: Changes;
    /** The values before the user's change (to discard it). */
    readonly before?: Changes;
}

/** An element's id that follows it when undo or redo re-creates it under a new id. */
export interface Ref {
    id: number;
}

interface Versioned {
    readonly id: number;
    readonly version: number;
}

const MAP_FIELDS = ['title', 'description', 'state', 'version', 'revision', 'personas', 'owner', 'reviewDue', 'updatedAt'] as const;

export function keyOf(kind: Kind, id: number): string {
    return kind === 'map' ? 'map' : `${kind}:${id}`;
}

export function pick(source: object, keys: readonly string[]): Record<string, unknown> {
    const values = source as Record<string, unknown>;
    return Object.fromEntries(keys.map((k) => [k, values[k] ?? null]));
}

export class EditorStore {
    readonly history = new UndoHistory();
    readonly saves = new Map<string, SaveState>();
    /** The latest message for screen readers (aria-live). */
    announcement = '';
    /** A failure not tied to one field (a create, delete or reorder the server refused). */
    notice: string | undefined;
    private readonly listeners = new Set<() => void>();
    private readonly queue = new WriteQueue();
    private readonly refs = new Map<string, Ref>();
    private readonly pending = new Map<string, Changes[]>();
    private inFlight = 0;

    constructor(public map: JourneyMap, readonly i18n: I18n, readonly api: EditorApi) {}

    subscribe(listener: () => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    changed(): void {
        this.listeners.forEach((l) => l());
    }

    get saving(): boolean {
        return this.inFlight > 0;
    }

    announce(text: string): void {
        this.announcement = text;
        this.changed();
    }

    /** The shared reference of an element (undo and redo re-point it when they re-create the element). */
    refOf(kind: Kind, id: number): Ref {
        const key = keyOf(kind, id);
        let ref = this.refs.get(key);
        if (ref === undefined) {
            ref = { id };
            this.refs.set(key, ref);
        }
        return ref;
    }

    rebind(kind: Kind, ref: Ref, id: number): void {
        ref.id = id;
        this.refs.set(keyOf(kind, id), ref);
    }

    element(kind: Kind, id: number): Versioned | undefined {
        switch (kind) {
            case 'map': return this.map;
            case 'stage': return this.map.stages.find((s) => s.id === id);
            case 'lane': return this.map.lanes.find((l) => l.id === id);
            case 'card': return this.map.cards.find((c) => c.id === id);
        }
    }

    /** Puts an element (as the server or the user has it) in the map. */
    setElement(kind: Kind, value: Versioned): void {
        const m = this.map;
        switch (kind) {
            case 'map': this.map = { ...m, ...pick(value, MAP_FIELDS.filter((f) => f in value)) }; break;
            case 'stage': this.map = { ...m, stages: m.stages.map((s) => (s.id === value.id ? { ...s, ...value } : s)) }; break;
            case 'lane': this.map = { ...m, lanes: m.lanes.map((l) => (l.id === value.id ? { ...l, ...value } : l)) }; break;
            case 'card': this.map = { ...m, cards: replaceCard(m.cards, value as typeof m.cards[number]) }; break;
        }
    }

    setSave(key: string, state: SaveState | undefined): void {
        if (state === undefined) {
            this.saves.delete(key);
        } else {
            this.saves.set(key, state);
        }
        this.changed();
    }

    /** Runs a write that is not an element PATCH (create, delete, reorder); a failure becomes the notice. */
    async run<T>(key: string, write: () => Promise<T>): Promise<T | undefined> {
        this.inFlight++;
        this.changed();
        try {
            const result = await this.queue.run(key, write);
            this.notice = undefined;
            return result;
        } catch (e) {
            this.notice = e instanceof Error ? e.message : String(e);
            this.announcement = this.notice;
            return undefined;
        } finally {
            this.inFlight--;
            this.changed();
        }
    }

    /**
     * Changes fields of an element: shown at once, then sent with the element's version. Recorded for undo
     * unless `record` is false (undo and redo themselves). `before` overrides what undo restores.
     */
    async patch(kind: Kind, ref: Ref, changes: Changes, label: string, record = true, before?: Changes): Promise<boolean> {
        const local = this.element(kind, ref.id);
        if (local === undefined) {
            return false;
        }
        const previous = before ?? pick(local, Object.keys(changes));
        const key = keyOf(kind, ref.id);
        this.setElement(kind, { ...local, ...changes });
        this.pending.set(key, [...(this.pending.get(key) ?? []), changes]);
        this.setSave(key, { status: 'saving' });
        this.inFlight++;
        const ok = await this.queue.run(key, () => this.send(kind, ref, key, changes, previous));
        this.inFlight--;
        if (ok && record) {
            this.history.push({
                label,
                undo: () => this.patch(kind, ref, previous, label, false),
                redo: () => this.patch(kind, ref, changes, label, false),
            });
        }
        this.changed();
        return ok;
    }

    private async send(kind: Kind, ref: Ref, key: string, changes: Changes, before: Changes): Promise<boolean> {
        const queued = this.pending.get(key) ?? [];
        const later = queued.slice(queued.indexOf(changes) + 1);
        try {
            const current = this.element(kind, ref.id);
            if (current === undefined) {
                return false;
            }
            const body = { ...changes, version: current.version };
            const saved = await this.sendPatch(kind, ref.id, body);
            // Edits typed while this one was on its way stay on screen; they are saved next.
            this.setElement(kind, Object.assign({}, saved, ...later) as Versioned);
            this.setSave(key, later.length > 0 ? { status: 'saving' } : { status: 'saved' });
            return true;
        } catch (e) {
            const error = e instanceof ApiError ? e : new ApiError(0, String(e));
            const conflict = error.status === 409 && typeof error.current === 'object' && error.current !== null;
            this.setSave(key, {
                status: conflict ? 'conflict' : 'error',
                message: error.message,
                fieldErrors: error.fieldErrors,
                theirs: conflict ? (error.current as Changes) : undefined,
                mine: changes,
                before,
            });
            this.announce(error.message);
            return false;
        } finally {
            this.pending.set(key, (this.pending.get(key) ?? []).filter((c) => c !== changes));
        }
    }

    private sendPatch(kind: Kind, id: number, body: Changes & { version: number }): Promise<Versioned> {
        const mapId = this.map.id;
        switch (kind) {
            case 'map': return this.api.updateMap(mapId, body);
            case 'stage': return this.api.updateStage(mapId, id, body);
            case 'lane': return this.api.updateLane(mapId, id, body);
            case 'card': return this.api.updateCard(mapId, id, body);
        }
    }

    /** Conflict: send the user's values again, based on the server's version this time. */
    keepMine(kind: Kind, id: number, label: string): Promise<boolean> {
        const state = this.saves.get(keyOf(kind, id));
        if (state?.theirs === undefined || state.mine === undefined) {
            return Promise.resolve(false);
        }
        this.setElement(kind, state.theirs as unknown as Versioned);
        return this.patch(kind, this.refOf(kind, id), state.mine, label);
    }

    /** Conflict: show the server's element and drop the user's values. */
    takeTheirs(kind: Kind, id: number): void {
        const state = this.saves.get(keyOf(kind, id));
        if (state?.theirs !== undefined) {
            this.setElement(kind, state.theirs as unknown as Versioned);
        }
        this.setSave(keyOf(kind, id), undefined);
    }

    /** Error: send the user's values again. */
    retry(kind: Kind, id: number, label: string): Promise<boolean> {
        const mine = this.saves.get(keyOf(kind, id))?.mine;
        return mine === undefined ? Promise.resolve(false) : this.patch(kind, this.refOf(kind, id), mine, label);
    }

    /** Error: put back the values from before the user's change. */
    discard(kind: Kind, id: number): void {
        const state = this.saves.get(keyOf(kind, id));
        const local = this.element(kind, id);
        if (state?.before !== undefined && local !== undefined) {
            this.setElement(kind, { ...local, ...state.before });
        }
        this.setSave(keyOf(kind, id), undefined);
    }

    /** How many elements hold values the server has not taken (errors and conflicts). */
    get unsaved(): number {
        return [...this.saves.values()].filter((s) => s.status === 'error' || s.status === 'conflict').length;
    }

    async undo(): Promise<void> {
        const label = await this.history.undo();
        this.announce(label === undefined ? this.i18n.text('journeymaps.editor.undo.nothing') : this.i18n.text('journeymaps.editor.undone', label));
    }

    async redo(): Promise<void> {
        const label = await this.history.redo();
        this.announce(label === undefined ? this.i18n.text('journeymaps.editor.redo.nothing') : this.i18n.text('journeymaps.editor.redone', label));
    }
}
