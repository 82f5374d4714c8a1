import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { I18n } from '../../common/i18n';
import { CommentsContext, type CommentsApi } from '../../comments/context';
import { englishTexts } from '../../jira/testing';
import { curveSeries } from '../curve';
import { sampleMap } from '../testdata';
import { EmotionCurve } from './EmotionCurve';

let i18n: I18n;
const container = document.createElement('div');

beforeAll(async () => {
    i18n = new I18n(await englishTexts());
    document.body.append(container);
});

afterEach(() => render(null, container));

describe('comments on the viewer curve', () => {
    it('every point gets a badge in its stage column, so readers who may comment can anchor on it', () => {
        const map = sampleMap();
        const series = curveSeries(map.stages, map.emotions, map.personas);
        const open = vi.fn();
        const comments: CommentsApi = { openCount: () => 0, open, goingWith: (question) => question };
        act(() => render(
            <CommentsContext.Provider value={comments}>
                <EmotionCurve series={series} stageCount={map.stages.length} descriptionId="d" i18n={i18n} />
            </CommentsContext.Provider>, container));

        const badges = [...container.querySelectorAll<HTMLButtonElement>('.jm-curve-comments .jm-comment-badge')];
        const points = map.emotions.filter((e) => map.stages.some((s) => s.id === e.stageId));
        expect(badges.map((b) => b.dataset.anchor).sort()).toEqual(points.map((e) => `EMOTION:${e.id}`).sort());
        const first = badges.find((b) => b.dataset.anchor === 'EMOTION:40');
        const column = map.stages.findIndex((s) => s.id === 10);
        expect(first?.parentElement?.style.gridColumn).toBe(String(column + 1));
        act(() => first?.click());
        expect(open).toHaveBeenCalledWith({ type: 'EMOTION', id: 40 }, expect.stringContaining(map.stages[column].name));
    });
});
