// The selected emotion point: its score −2…+2 (a segmented control), its note, clearing it, and a conflict
// with someone else's score shown side by side.

import type { EmotionScore } from '../../common/api/emotions';
import type { JourneyState } from '../../common/api/maps';
import type { Stage } from '../../common/api/stages';
import { formatScore, levelKey } from '../emotion';
import { clearEmotion, emotionKey, setEmotion, takeTheirEmotion } from '../emotionOps';
import { emotionOf } from '../model';
import { InlineText } from './InlineText';
import { Segmented } from './Segmented';
import { ThreadLink } from './ThreadLink';
import { useEditor } from './context';

const SCORES: readonly EmotionScore[] = [-2, -1, 0, 1, 2];

export function EmotionPanel({ stage, curve }: { readonly stage: Stage; readonly curve: JourneyState }) {
    const { store, i18n } = useEditor();
    const point = emotionOf(store.map.emotions, stage.id, curve);
    const note = point?.note ?? '';
    const ref = store.refOf('stage', stage.id);
    const save = (score: EmotionScore, text = note) => void setEmotion(store, ref, curve, score, text);
    const state = store.saves.get(emotionKey(stage.id));
    return (
        <>
            <Segmented name={`jm-emotion-${stage.id}-score`} legend={i18n.text('journeymaps.editor.emotion.label')}
                value={point === undefined ? '' : String(point.score)} onChange={(v) => save(Number(v) as EmotionScore)}
                options={SCORES.map((s) => ({ value: String(s), label: formatScore(s).replace('-', '\u2212'), icon: <span class="assistive">{i18n.text(levelKey(s))}</span> }))} />
            <div class="jm-panel-field">
                <label class="jm-panel-label" for={`jm-emotion-${stage.id}-note`}>{i18n.text('journeymaps.editor.emotion.note')}</label>
                <InlineText id={`jm-emotion-${stage.id}-note`} multiline className="jm-panel-input" value={note}
                    label={i18n.text('journeymaps.editor.emotion.note.for', stage.name)}
                    onCommit={(text) => save((point?.score ?? 0) as EmotionScore, text)} />
            </div>
            {state?.status === 'error' && <div class="error jm-field-error" role="alert">{state.message}</div>}
            {state?.status === 'conflict' && (
                <div class="jm-conflict" role="alert">
                    <strong>{i18n.text('journeymaps.editor.conflict.title')}</strong>
                    <dl>
                        <dt>{i18n.text('journeymaps.editor.conflict.theirs')}</dt><dd>{formatScore(Number(state.theirs?.score))}</dd>
                        <dt>{i18n.text('journeymaps.editor.conflict.mine')}</dt><dd>{formatScore(Number(state.mine?.score))}</dd>
                    </dl>
                    <button type="button" class="aui-button" onClick={() => save(Number(state.mine?.score) as EmotionScore, String(state.mine?.note ?? ''))}>
                        {i18n.text('journeymaps.editor.conflict.keepMine')}
                    </button>
                    <button type="button" class="aui-button" onClick={() => takeTheirEmotion(store, stage.id)}>{i18n.text('journeymaps.editor.conflict.takeTheirs')}</button>
                </div>
            )}
            {point && <ThreadLink anchor={{ type: 'EMOTION', id: point.id }} label={i18n.text('journeymaps.comments.anchor.emotion', stage.name)} />}
            {point && (
                <div class="jm-panel-actions">
                    <button type="button" class="aui-button" onClick={() => void clearEmotion(store, ref, curve)}>
                        {i18n.text('journeymaps.editor.emotion.clear', stage.name)}
                    </button>
                </div>
            )}
        </>
    );
}
