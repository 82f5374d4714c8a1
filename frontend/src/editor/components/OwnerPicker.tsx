// A card's owner: a combobox over the space's users (GET /users?q=). Typing lists matches; Up/Down choose,
// Enter takes one, Escape closes the list (or puts the owner back). The card stores the user name.

import { useEffect, useState } from 'preact/hooks';
import { searchUsers, type User } from '../../comments/api';
import { initials } from '../../live/PresenceList';
import { useEditor } from './context';

interface Props {
    readonly id: string;
    /** The owner's user name and display name (null when none). */
    readonly owner: string | null;
    readonly ownerName: string | null;
    readonly onChange: (user: User | null) => void;
}

export function OwnerPicker({ id, owner, ownerName, onChange }: Props) {
    const { i18n } = useEditor();
    const shown = ownerName ?? owner ?? '';
    const [query, setQuery] = useState<string | undefined>();
    const [users, setUsers] = useState<readonly User[]>([]);
    const [active, setActive] = useState(0);
    const listId = `${id}-list`;
    const open = query !== undefined && users.length > 0;

    useEffect(() => {
        if (query === undefined) {
            setUsers([]);
            return undefined;
        }
        let current = true;
        const timer = window.setTimeout(() => {
            searchUsers(query.trim()).then((found) => {
                if (current) {
                    setUsers(found.filter((u) => u.name !== null));
                    setActive(0);
                }
            }, () => current && setUsers([]));
        }, 150);
        return () => { current = false; window.clearTimeout(timer); };
    }, [query]);

    const choose = (user: User | null) => {
        setQuery(undefined);
        if ((user?.name ?? null) !== owner) {
            onChange(user);
        }
    };
    const onKeyDown = (e: KeyboardEvent) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (query === undefined) {
                setQuery('');
            } else if (users.length > 0) {
                setActive((active + (e.key === 'ArrowDown' ? 1 : users.length - 1)) % users.length);
            }
        } else if (e.key === 'Enter' && open) {
            e.preventDefault();
            choose(users[active] ?? null);
        } else if (e.key === 'Escape' && query !== undefined) {
            e.preventDefault();
            e.stopPropagation();
            setQuery(undefined);
        }
    };
    return (
        <div class="jm-owner">
            <div class="jm-owner-field">
                {shown !== '' && query === undefined && <span class="jm-avatar" aria-hidden="true">{initials(shown)}</span>}
                <input id={id} type="text" class="text jm-panel-input" role="combobox" autoComplete="off"
                    aria-autocomplete="list" aria-expanded={open} aria-controls={listId}
                    aria-activedescendant={open ? `${listId}-${active}` : undefined}
                    placeholder={i18n.text('journeymaps.editor.owner.search')}
                    value={query ?? shown}
                    onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
                    onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
                    onBlur={() => window.setTimeout(() => setQuery(undefined), 150)}
                    onKeyDown={onKeyDown} />
                {owner !== null && (
                    <button type="button" class="aui-button aui-button-subtle jm-icon-button" onClick={() => choose(null)}
                        aria-label={i18n.text('journeymaps.editor.owner.clear')} title={i18n.text('journeymaps.editor.owner.clear')}>
                        <span class="aui-icon aui-icon-small aui-iconfont-cross" aria-hidden="true" />
                    </button>
                )}
            </div>
            <ul id={listId} role="listbox" class="jm-owner-list" hidden={!open} aria-label={i18n.text('journeymaps.editor.card.ownerKey')}>
                {users.map((u, i) => (
                    <li key={u.key} id={`${listId}-${i}`} role="option" aria-selected={i === active}
                        class={i === active ? 'jm-owner-option jm-owner-active' : 'jm-owner-option'}
                        onMouseDown={(e) => { e.preventDefault(); choose(u); }}>
                        <span class="jm-avatar" aria-hidden="true">{initials(u.displayName)}</span>
                        <span>{u.displayName}</span> <span class="jm-owner-name">@{u.name}</span>
                    </li>
                ))}
            </ul>
            {query !== undefined && query.trim() !== '' && users.length === 0 &&
                <p class="jm-panel-help" role="status">{i18n.text('journeymaps.editor.owner.noResults')}</p>}
        </div>
    );
}
