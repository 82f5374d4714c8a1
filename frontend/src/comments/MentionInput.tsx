// A comment text box with @mention completion: typing @ and letters lists matching users; arrow keys choose,
// Enter or Tab inserts, Escape closes the list. Ctrl+Enter submits.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { I18n } from '../common/i18n';
import { searchUsers, type User } from './api';
import { insertMention, mentionAt } from './model';

interface Props {
    readonly value: string;
    readonly onInput: (value: string) => void;
    readonly onSubmit: () => void;
    readonly label: string;
    readonly i18n: I18n;
    readonly autoFocus?: boolean;
}

let listIds = 0;

export function MentionInput({ value, onInput, onSubmit, label, i18n, autoFocus }: Props) {
    const box = useRef<HTMLTextAreaElement>(null);
    const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
    const [users, setUsers] = useState<readonly User[]>([]);
    const [active, setActive] = useState(0);
    const [listId] = useState(() => `jm-mentions-${++listIds}`);

    useEffect(() => {
        if (autoFocus) {
            box.current?.focus();
        }
    }, [autoFocus]);

    useEffect(() => {
        if (!mention) {
            setUsers([]);
            return;
        }
        let current = true;
        searchUsers(mention.query).then((found) => {
            if (current) {
                setUsers(found.filter((u) => u.name));
                setActive(0);
            }
        }, () => current && setUsers([]));
        return () => { current = false; };
    }, [mention?.query, mention !== null]);

    const caretMoved = (text: string, caret: number) => setMention(mentionAt(text, caret));

    const choose = (user: User) => {
        const textarea = box.current;
        if (!textarea || !mention || !user.name) {
            return;
        }
        const next = insertMention(value, mention.start, textarea.selectionStart, user.name);
        onInput(next.text);
        setMention(null);
        requestAnimationFrame(() => textarea.setSelectionRange(next.caret, next.caret));
    };

    const onKeyDown = (e: KeyboardEvent) => {
        const open = mention !== null && users.length > 0;
        if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
            e.preventDefault();
            setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : users.length - 1)) % users.length);
        } else if (open && (e.key === 'Enter' || e.key === 'Tab') && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            choose(users[active]);
        } else if (open && e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setMention(null);
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSubmit();
        }
    };

    const expanded = mention !== null && users.length > 0;
    return (
        <div class="jm-mention-input">
            <textarea ref={box} class="textarea jm-comment-text" rows={3} value={value} aria-label={label}
                      placeholder={i18n.text('journeymaps.comments.new.placeholder')}
                      aria-autocomplete="list" aria-controls={listId}
                      aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
                      onInput={(e) => {
                          const t = e.currentTarget;
                          onInput(t.value);
                          caretMoved(t.value, t.selectionStart);
                      }}
                      onKeyDown={onKeyDown}
                      onKeyUp={(e) => {
                          if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
                              caretMoved(e.currentTarget.value, e.currentTarget.selectionStart);
                          }
                      }}
                      onBlur={() => setTimeout(() => setMention(null), 150)} />
            <ul id={listId} role="listbox" class="jm-mention-list" aria-label={i18n.text('journeymaps.comments.mentions')}
                hidden={!expanded}>
                {expanded && users.map((user, i) => (
                    <li key={user.key} id={`${listId}-${i}`} role="option" aria-selected={i === active}
                        class={i === active ? 'jm-mention-option jm-active' : 'jm-mention-option'}
                        onMouseDown={(e) => { e.preventDefault(); choose(user); }}>
                        {user.displayName} <span class="jm-mention-name">@{user.name}</span>
                    </li>
                ))}
            </ul>
        </div>
    );
}
