// Who else has the map open: initials and name, editing or only viewing. The caller is left out.

import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../common/i18n';
import type { LiveSession } from './session';
import './live.css';

/** Up to two initials of a display name ("Alice Martin" → "AM"). */
export function initials(name: string): string {
    return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part.charAt(0).toUpperCase()).join('');
}

export function PresenceList({ live, i18n }: { readonly live: LiveSession; readonly i18n: I18n }) {
    const [, setVersion] = useState(0);
    useEffect(() => live.subscribe(() => setVersion((v) => v + 1)), [live]);
    const others = live.presence.filter((p) => !p.self);
    if (others.length === 0) {
        return null;
    }
    return (
        <ul class="jm-presence" aria-label={i18n.text('journeymaps.live.presence.label')}>
            {others.map((p) => {
                const text = i18n.text(p.editing ? 'journeymaps.live.presence.editing' : 'journeymaps.live.presence.viewing', p.name);
                return (
                    <li key={p.userKey} class={`jm-presence-user jm-presence-${p.editing ? 'editing' : 'viewing'}`} title={text}
                        data-user-key={p.userKey}>
                        <span class="jm-presence-avatar" aria-hidden="true">{initials(p.name)}</span>
                        <span class="jm-presence-name">{text}</span>
                    </li>
                );
            })}
        </ul>
    );
}
