// Text edited in place. What the user types stays in the field until it is committed (blur or Enter;
// Shift+Enter starts a new line when multi-line); Escape puts the saved value back. A field error shows under the field.

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
    readonly value: string;
    readonly label: string;
    readonly onCommit: (value: string) => void;
    readonly multiline?: boolean;
    readonly error?: string | undefined;
    readonly className?: string;
    readonly placeholder?: string;
    readonly autoFocus?: boolean;
    readonly id?: string;
    /** Escape, or leaving the field unchanged. */
    readonly onCancel?: () => void;
}

export function InlineText({ value, label, onCommit, multiline, error, className, placeholder, autoFocus, id, onCancel }: Props) {
    const [draft, setDraft] = useState(value);
    const editing = useRef(false);
    // The blur that follows an Enter (or the field going away) must not send the same text twice.
    const committed = useRef<string | undefined>(undefined);
    const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
    const errorId = id === undefined ? undefined : `${id}-error`;

    useEffect(() => {
        if (!editing.current) {
            setDraft(value);
        }
    }, [value]);
    // Before the browser paints, so that keys typed right after opening the field land in it.
    useLayoutEffect(() => {
        if (autoFocus) {
            field.current?.focus();
        }
    }, [autoFocus]);

    const commit = () => {
        editing.current = false;
        if (draft !== value && draft !== committed.current) {
            committed.current = draft;
            onCommit(draft);
        } else {
            onCancel?.();
        }
    };
    const onKeyDown = (e: KeyboardEvent) => {
        if (e.key === 'Escape') {
            editing.current = false;
            setDraft(value);
            e.stopPropagation();
            onCancel?.();
        } else if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            commit();
        }
        // Alt+Arrow moves the element around the field; plain arrows stay with the text.
        if (!e.altKey) {
            e.stopPropagation();
        }
    };
    const common = {
        ref: field,
        id,
        class: `text jm-inline ${className ?? ''}${error ? ' jm-invalid' : ''}`,
        value: draft,
        placeholder,
        'aria-label': label,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
        onInput: (e: Event) => {
            editing.current = true;
            committed.current = undefined;
            setDraft((e.currentTarget as HTMLInputElement).value);
        },
        onBlur: commit,
        onKeyDown,
    };
    return (
        <>
            {multiline ? <textarea {...common} rows={2} /> : <input type="text" {...common} />}
            {error && <div class="error jm-field-error" id={errorId}>{error}</div>}
        </>
    );
}
