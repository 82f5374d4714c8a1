// The stage band: an optional row of phases (consecutive stages with the same phase as one group, an
// uppercase label over a 2 px rule) above the stage chevrons (number disc + name), light to dark.

import type { ComponentChildren } from 'preact';
import type { Stage } from '../common/api/stages';
import type { I18n } from '../common/i18n';
import { phaseGroups, stageTones } from './phases';

interface Props {
    readonly stages: readonly Stage[];
    readonly i18n: I18n;
    /** The corner above the lane headers (the persona, for instance). */
    readonly corner?: ComponentChildren;
    /** Extra content of a stage's header (comment badge, editor controls), and its focus attributes. */
    readonly stageExtra?: (stage: Stage, index: number) => ComponentChildren;
    readonly stageAttributes?: (stage: Stage, index: number) => Record<string, unknown>;
    /** Id prefix for the stages' descriptions. */
    readonly idPrefix: string;
}

export function StageBand({ stages, i18n, corner, stageExtra, stageAttributes, idPrefix }: Props) {
    const groups = phaseGroups(stages);
    const tones = stageTones(stages);
    return (
        <>
            {groups.length > 0 && (
                <div class="jm-row jm-phases" aria-hidden="true">
                    <div class="jm-phase-corner" />
                    {groups.map((g) => (
                        <div key={g.start} class={`jm-phase jm-phase-tone-${g.tone}`} style={{ gridColumn: `span ${g.span}` }}>
                            <span>{g.name}</span>
                        </div>
                    ))}
                </div>
            )}
            <div class="jm-row jm-stage-row" role="row">
                <div class="jm-corner" role="columnheader">{corner}</div>
                {stages.map((stage, index) => {
                    const descriptionId = `${idPrefix}-stage-${stage.id}-description`;
                    const position = index === 0 ? ' jm-stage-first' : index === stages.length - 1 ? ' jm-stage-last' : '';
                    return (
                        <div key={stage.id} class="jm-stage-cell" role="columnheader" data-stage-id={stage.id}
                             aria-describedby={stage.description || stage.phase ? descriptionId : undefined}
                             {...stageAttributes?.(stage, index)}>
                            <div class={`jm-stage-head jm-tone-${tones[index]}${position}`} title={stage.description ?? undefined}>
                                <span class="jm-stage-num" aria-hidden="true">{index + 1}</span>
                                <span class="jm-visually-hidden">{i18n.text('journeymaps.canvas.stage.number', index + 1, stages.length)} </span>
                                <span class="jm-stage-name">{stage.name}</span>
                            </div>
                            {(stage.description || stage.phase) && (
                                <span id={descriptionId} class="jm-visually-hidden">
                                    {[stage.phase ? i18n.text('journeymaps.canvas.stage.phase', stage.phase) : '', stage.description ?? '']
                                        .filter((t) => t !== '').join('. ')}
                                </span>
                            )}
                            {stageExtra?.(stage, index)}
                        </div>
                    );
                })}
            </div>
        </>
    );
}
