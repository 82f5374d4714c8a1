// A small map in the API's shape for the viewer's tests: stages and cards deliberately out of order.

import type { JourneyMap } from '../common/api/maps';

export function sampleMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
    return {
        id: 7, pageId: 65537, spaceKey: 'DEMO', title: 'Achat <en ligne>', description: 'Parcours', state: 'CURRENT',
        revision: 12, version: 3, owner: null, reviewDue: null,
        createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-02T10:00:00Z',
        personas: [{ id: 1, name: 'Léa', role: 'Cliente', color: '#6554C0' }, { id: 2, name: 'Marc', color: '#FF5630' }],
        stages: [
            { id: 11, name: 'Achat', position: 1, version: 1 },
            { id: 10, name: 'Recherche', description: 'Compare', position: 0, version: 1 },
            { id: 12, name: 'Livraison', position: 2, version: 1 },
        ],
        lanes: [
            { id: 21, name: 'Douleurs', type: 'PAIN_POINTS', position: 2, version: 1 },
            { id: 20, name: 'Actions', type: 'ACTIONS', position: 0, version: 1 },
            { id: 22, name: 'Émotions', type: 'EMOTIONS', position: 1, version: 1 },
            { id: 23, name: 'Canaux', type: 'TOUCHPOINTS', position: 3, version: 1 },
        ],
        cards: [
            { id: 31, stageId: 11, laneId: 20, position: 1, text: 'Paie', version: 1 },
            { id: 30, stageId: 11, laneId: 20, position: 0, text: 'Remplit le panier', version: 1 },
            { id: 32, stageId: 11, laneId: 21, position: 0, text: 'Compte obligatoire <script>', version: 1,
              severity: 'CRITICAL', issues: [{ server: 'jira', key: 'CX-12', status: 'In Progress', statusCategory: 'indeterminate' }] },
            { id: 33, stageId: 10, laneId: 23, position: 0, text: 'Site', version: 1, channel: 'WEB' },
            { id: 34, stageId: 99, laneId: 20, position: 0, text: 'On a deleted stage', version: 1 },
        ],
        emotions: [
            { id: 41, stageId: 11, curve: 'CURRENT', score: -2, version: 1 },
            { id: 40, stageId: 10, curve: 'CURRENT', score: 1, note: 'Contente', version: 1 },
            { id: 42, stageId: 12, curve: 'FUTURE', personaId: 1, score: 2, version: 1 },
            { id: 43, stageId: 10, curve: 'FUTURE', personaId: 1, score: 0, version: 1 },
            { id: 44, stageId: 10, curve: 'CURRENT', personaId: 2, score: -1, version: 1 },
        ],
        permissions: { view: true, comment: true, edit: false },
        ...overrides,
    };
}
