// The REST calls the editor makes, gathered so tests can hand the store a fake server.

import { createCard, deleteCard, updateCard } from '../common/api/cards';
import { deleteEmotion, putEmotion } from '../common/api/emotions';
import { createLane, deleteLane, reorderLanes, updateLane } from '../common/api/lanes';
import { updateMap } from '../common/api/maps';
import { createPersona, listPersonas } from '../common/api/personas';
import { createStage, deleteStage, reorderStages, updateStage } from '../common/api/stages';

export const restApi = {
    updateMap, updateStage, updateLane, updateCard,
    createStage, deleteStage, reorderStages,
    createLane, deleteLane, reorderLanes,
    createCard, deleteCard, putEmotion, deleteEmotion,
    listPersonas, createPersona,
};

export type EditorApi = typeof restApi;
