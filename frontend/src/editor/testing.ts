// A fake server for the store's tests: the map's elements in memory, versions checked like the API.

import { vi } from 'vitest';
import type { Card } from '../common/api/cards';
import type { JourneyMap } from '../common/api/maps';
import { ApiError } from '../common/http';
import { I18n } from '../common/i18n';
import type { EditorApi } from './api';
import { EditorStore } from './store';

export function sampleMap(): JourneyMap {
    return {
        id: 1, pageId: 9, spaceKey: 'DEMO', title: 'Purchase', description: '', state: 'CURRENT', revision: 1, version: 1,
        createdAt: '', updatedAt: '', personas: [],
        stages: [{ id: 10, name: 'Discover', position: 0, version: 1 }, { id: 11, name: 'Buy', position: 1, version: 1 }],
        lanes: [{ id: 20, name: 'Actions', type: 'ACTIONS', position: 0, version: 1 }, { id: 21, name: 'Pains', type: 'PAIN_POINTS', position: 1, version: 1 }],
        cards: [{ id: 30, stageId: 10, laneId: 21, position: 0, text: 'Slow site', version: 1, severity: 'HIGH' }],
        emotions: [{ id: 40, stageId: 10, curve: 'CURRENT', score: 1, note: '', version: 1, personaId: null }],
        permissions: { view: true, comment: true, edit: true },
    };
}

function conflictOr<T extends { version: number }>(element: T | undefined, version: unknown): T {
    if (element === undefined) {
        throw new ApiError(404, 'not found');
    }
    if (version !== element.version) {
        throw new ApiError(409, 'Someone else changed this', [], element);
    }
    return element;
}

/** A store over an in-memory server; `server` is what the server holds, changed behind the store's back at will. */
export function fakeStore() {
    const server = { cards: new Map<number, Card>(sampleMap().cards.map((c) => [c.id, c])), nextId: 100, stages: new Map(sampleMap().stages.map((s) => [s.id, s])) };
    const api = {
        updateCard: vi.fn(async (_m: number, id: number, patch: Record<string, unknown>) => {
            const card = conflictOr(server.cards.get(id), patch.version);
            if (typeof patch.text === 'string' && patch.text.length > 20) {
                throw new ApiError(400, 'text is too long', [{ field: 'text', message: 'at most 20 characters' }]);
            }
            const saved = { ...card, ...patch, version: card.version + 1 } as Card;
            server.cards.set(id, saved);
            return saved;
        }),
        updateStage: vi.fn(async (_m: number, id: number, patch: Record<string, unknown>) => {
            const stage = conflictOr(server.stages.get(id), patch.version);
            const saved = { ...stage, ...patch, version: stage.version + 1 };
            server.stages.set(id, saved);
            return saved;
        }),
        createCard: vi.fn(async (_m: number, card: Omit<Card, 'id' | 'version' | 'position'> & { position?: number }) => {
            const created = { ...card, position: card.position ?? 0, id: server.nextId++, version: 1 } as Card;
            server.cards.set(created.id, created);
            return created;
        }),
        deleteCard: vi.fn(async (_m: number, id: number) => {
            server.cards.delete(id);
        }),
        createStage: vi.fn(async (_m: number, stage: { name: string; position?: number }) => ({ ...stage, id: server.nextId++, position: stage.position ?? 0, version: 1 })),
        deleteStage: vi.fn(async () => undefined),
        reorderStages: vi.fn(async (_m: number, ids: readonly number[]) => ids.map((id, position) => ({ ...server.stages.get(id)!, position }))),
        putEmotion: vi.fn(async (_m: number, stageId: number, input: Record<string, unknown>) => ({ personaId: null, ...input, id: server.nextId++, stageId, version: 2 })),
        deleteEmotion: vi.fn(async () => undefined),
    };
    const i18n = new I18n({ 'journeymaps.editor.undone': 'Undone: {0}', 'journeymaps.editor.redone': 'Redone: {0}' });
    const store = new EditorStore(sampleMap(), i18n, api as unknown as EditorApi);
    return { store, server, api };
}
