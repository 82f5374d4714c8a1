// Labelled form fields of the Jira dialog (AUI form look), each with its error from the user's input or
// the server (e.g. `link.key`), tied to the field for screen readers.

import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../common/http';

export type FieldMessages = Readonly<Record<string, string>>;

/** The server's field errors by field name. */
export function messagesOf(errors: readonly FieldError[]): FieldMessages {
    return Object.fromEntries(errors.map((e) => [e.field, e.message]));
}

interface Props {
    readonly id: string;
    readonly label: string;
    readonly error?: string;
    readonly hint?: string;
    readonly children: (described: { 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ComponentChildren;
}

export function Field({ id, label, error, hint, children }: Props) {
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter((d) => d !== '').join(' ');
    return (
        <div class="field-group">
            <label for={id}>{label}</label>
            {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
            {hint && <div class="description" id={`${id}-hint`}>{hint}</div>}
            {error && <div class="error" id={`${id}-error`}>{error}</div>}
        </div>
    );
}
