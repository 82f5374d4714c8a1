// The current and the future state side by side: both emotion curves in one SVG (solid blue circles for the
// current state, dashed green squares for the future, with a legend and the same figures as a table), then the
// current pain points the future state addresses and those it still lists.

import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../common/i18n';
import type { CounterpartComparison, HistoryApi, PainPoint } from './api';
import { pathOf, plot, stageX } from './model';

interface Props {
    readonly mapId: number;
    readonly i18n: I18n;
    readonly api: HistoryApi;
}

export function CounterpartView({ mapId, i18n, api }: Props) {
    const [comparison, setComparison] = useState<CounterpartComparison>();
    const [error, setError] = useState<string>();
    useEffect(() => {
        api.counterpart(mapId).then(setComparison, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    }, [mapId, api]);
    if (error) {
        return <div class="aui-message aui-message-error" role="alert"><p>{error}</p></div>;
    }
    if (!comparison) {
        return <p aria-busy="true">{i18n.text('journeymaps.history.loading')}</p>;
    }
    const geometry = plot(comparison.stages);
    const score = (value: number | null) => value === null ? '—' : i18n.number(Math.round(value * 10) / 10);
    return (
        <section class="jm-counterpart" aria-label={i18n.text('journeymaps.history.counterpart.open')}>
            <h3>{i18n.text('journeymaps.history.counterpart.title', comparison.current.title, comparison.future.title)}</h3>
            <ul class="jm-counterpart-legend">
                <li class="jm-legend-current">{i18n.text('journeymaps.history.counterpart.legend.current')}</li>
                <li class="jm-legend-future">{i18n.text('journeymaps.history.counterpart.legend.future')}</li>
            </ul>
            <svg class="jm-counterpart-chart" width={geometry.width} height={geometry.height} role="img"
                 viewBox={`0 0 ${geometry.width} ${geometry.height}`} aria-label={i18n.text('journeymaps.history.counterpart.chart')}>
                <path class="jm-curve-current" d={pathOf(geometry.current)} fill="none" />
                <path class="jm-curve-future" d={pathOf(geometry.future)} fill="none" stroke-dasharray="6 4" />
                {geometry.current.map((p, i) => p && <circle key={`c${i}`} class="jm-point-current" cx={p.x} cy={p.y} r={5} />)}
                {geometry.future.map((p, i) => p && <rect key={`f${i}`} class="jm-point-future" x={p.x - 5} y={p.y - 5} width={10} height={10} />)}
                {comparison.stages.map((s, i) => (
                    <text key={`t${i}`} x={stageX(i)} y={geometry.height - 4} text-anchor="middle" class="jm-counterpart-stage">{s.name}</text>
                ))}
            </svg>
            <table class="aui jm-counterpart-table">
                <caption>{i18n.text('journeymaps.history.counterpart.chart')}</caption>
                <thead><tr>
                    <th scope="col">{i18n.text('journeymaps.history.counterpart.table.stage')}</th>
                    <th scope="col">{i18n.text('journeymaps.history.counterpart.table.current')}</th>
                    <th scope="col">{i18n.text('journeymaps.history.counterpart.table.future')}</th>
                </tr></thead>
                <tbody>{comparison.stages.map((s) => (
                    <tr key={s.name}><th scope="row">{s.name}</th><td>{score(s.current)}</td><td>{score(s.future)}</td></tr>
                ))}</tbody>
            </table>
            {comparison.stagesMatch
                ? (
                    <>
                        <PainList title={i18n.text('journeymaps.history.counterpart.addressed')} pains={comparison.addressed} i18n={i18n} className="jm-pains-addressed" />
                        <PainList title={i18n.text('journeymaps.history.counterpart.remaining')} pains={comparison.remaining} i18n={i18n} className="jm-pains-remaining" />
                    </>
                )
                : (
                    <div class="aui-message aui-message-warning jm-counterpart-mismatch">
                        <p>{i18n.text('journeymaps.history.counterpart.mismatch', comparison.matchingStages, comparison.currentStages)}</p>
                    </div>
                )}
            <p class="jm-counterpart-rule">{i18n.text('journeymaps.history.counterpart.rule')}</p>
        </section>
    );
}

function PainList({ title, pains, i18n, className }: { title: string; pains: readonly PainPoint[]; i18n: I18n; className: string }) {
    return (
        <div class={className}>
            <h4>{title}</h4>
            {pains.length === 0 ? <p>{i18n.text('journeymaps.history.counterpart.none')}</p> : (
                <ul>{pains.map((p) => <li key={p.cardId}><span class="jm-pain-stage">{p.stage}</span>{' · '}{p.text}</li>)}</ul>
            )}
        </div>
    );
}
