// What changed between two states of the map: grouped by element type, added (green), removed (red, struck)
// and changed (amber, each field before → after).

import type { I18n } from '../common/i18n';
import type { ElementChange, VersionComparison } from './api';
import { diffClass, groupByType } from './model';

export function ComparisonView({ comparison, i18n }: { readonly comparison: VersionComparison; readonly i18n: I18n }) {
    const side = (version: number | null) => version === null
        ? i18n.text('journeymaps.history.compare.current') : i18n.text('journeymaps.history.version.number', version);
    return (
        <section class="jm-history-compare" aria-label={i18n.text('journeymaps.history.compare.title',
            side(comparison.from.version), side(comparison.to.version))}>
            <h3>{i18n.text('journeymaps.history.compare.title', side(comparison.from.version), side(comparison.to.version))}</h3>
            {comparison.changes.length === 0 && <p>{i18n.text('journeymaps.history.compare.none')}</p>}
            {groupByType(comparison.changes).map(([type, changes]) => (
                <div key={type} class="jm-history-group">
                    <h4>{i18n.text(`journeymaps.history.type.${type}`)}</h4>
                    <ul>{changes.map((c) => <ChangeItem key={`${c.type}-${c.change}-${c.id}-${c.label ?? ''}`} change={c} i18n={i18n} />)}</ul>
                </div>
            ))}
        </section>
    );
}

function ChangeItem({ change, i18n }: { readonly change: ElementChange; readonly i18n: I18n }) {
    const kind = i18n.text(`journeymaps.history.change.${change.change}`);
    return (
        <li class={diffClass(change.change)} data-change={change.change}>
            <span class="jm-diff-kind">{kind}</span>{' '}
            {change.change === 'REMOVED' ? <s class="jm-diff-label">{change.label}</s> : <span class="jm-diff-label">{change.label}</span>}
            {change.fields.length > 0 && (
                <ul class="jm-diff-fields">
                    {change.fields.map((f) => (
                        <li key={f.field}>
                            <span class="jm-diff-field">{i18n.text('journeymaps.history.change.field', f.field)}</span>{' '}
                            <del>{f.before ?? '—'}</del>{' → '}<ins>{f.after ?? '—'}</ins>
                        </li>
                    ))}
                </ul>
            )}
        </li>
    );
}
