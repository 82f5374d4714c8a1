import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { I18n } from '../../common/i18n';
import { CommentsContext, type CommentsApi } from '../../comments/context';
import { englishTexts } from '../../jira/testing';
import { fakeStore } from '../testing';
import { EditorContext } from './context';
import { EmotionCells } from './EmotionRow';

let i18n: I18n;
const container = document.createElement('div');

beforeAll(async () => {
    i18n = new I18n(await englishTexts());
    document.body.append(container);
});

afterEach(() => render(null, container));

describe('comments on the emotion curve', () => {
    it('a scored point carries its comment badge with the open count; an empty one has none', () => {
        const { store } = fakeStore();
        const open = vi.fn();
        const comments: CommentsApi = {
            openCount: (anchor) => (anchor.type === 'EMOTION' && anchor.id === 40 ? 2 : 0),
            open,
            goingWith: (question) => question,
        };
        act(() => render(
            <EditorContext.Provider value={{ store, i18n, confirm: async () => true }}>
                <CommentsContext.Provider value={comments}><EmotionCells curve="CURRENT" /></CommentsContext.Provider>
            </EditorContext.Provider>, container));

        const badges = container.querySelectorAll<HTMLButtonElement>('.jm-thread');
        expect(badges).toHaveLength(1);
        expect(badges[0]?.dataset.anchor).toBe('EMOTION:40');
        expect(badges[0]?.getAttribute('aria-label')).toContain('Discover');
        act(() => badges[0]?.click());
        expect(open).toHaveBeenCalledWith({ type: 'EMOTION', id: 40 }, 'Emotion at stage "Discover"');
    });
});
