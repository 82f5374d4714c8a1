// A small set of choices as native radio buttons drawn as a segmented control (arrow keys change the choice).

import type { ComponentChildren } from 'preact';

export interface Option {
    readonly value: string;
    readonly label: string;
    readonly icon?: ComponentChildren;
}

interface Props {
    readonly name: string;
    readonly legend: ComponentChildren;
    readonly value: string;
    readonly options: readonly Option[];
    readonly onChange: (value: string) => void;
    /** Radios stacked one per line (evidence) rather than side by side. */
    readonly stacked?: boolean;
}

export function Segmented({ name, legend, value, options, onChange, stacked }: Props) {
    return (
        <fieldset class={`jm-panel-field jm-segmented${stacked ? ' jm-segmented-stacked' : ''}`}>
            <legend class="jm-panel-label">{legend}</legend>
            <div class="jm-segments">
                {options.map((o) => (
                    <label key={o.value} class={`jm-segment${o.value === value ? ' jm-segment-on' : ''}`} data-value={o.value}>
                        <input type="radio" name={name} value={o.value} checked={o.value === value}
                            onChange={() => onChange(o.value)} />
                        {o.icon}
                        <span>{o.label}</span>
                    </label>
                ))}
            </div>
        </fieldset>
    );
}
