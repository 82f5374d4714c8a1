// The footer legend: what the evidence shapes and severity marks mean, and when the map last changed.

import type { Evidence, Severity } from '../common/api/cards';
import type { I18n } from '../common/i18n';
import { Icon } from './icons';

const EVIDENCE: readonly Evidence[] = ['ASSUMED', 'PARTIAL', 'VALIDATED'];
const SEVERITY: readonly Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

interface Props {
    readonly i18n: I18n;
    /** ISO date-time of the last change. */
    readonly updatedAt?: string;
    /** The reader's locale for the date ("3 déc. 2026"). */
    readonly locale?: string;
}

export function formatDay(iso: string, locale?: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

export function MapLegend({ i18n, updatedAt, locale }: Props) {
    const day = updatedAt ? formatDay(updatedAt, locale) : '';
    return (
        <div class="jm-footer" role="note" aria-label={i18n.text('journeymaps.canvas.legend')}>
            <span class="jm-footer-group">
                <b>{i18n.text('journeymaps.canvas.legend.evidence')}</b>
                {EVIDENCE.map((e) => <span key={e} class="jm-footer-item"><Icon name={e} size={12} />{i18n.text(`journeymaps.evidence.${e}`)}</span>)}
            </span>
            <span class="jm-footer-group">
                <b>{i18n.text('journeymaps.canvas.legend.severity')}</b>
                {SEVERITY.map((s) => <span key={s} class="jm-footer-item"><Icon name={s} size={12} />{i18n.text(`journeymaps.canvas.severity.${s}`)}</span>)}
            </span>
            {day && <span class="jm-footer-updated">{i18n.text('journeymaps.canvas.legend.updated', day)}</span>}
        </div>
    );
}
