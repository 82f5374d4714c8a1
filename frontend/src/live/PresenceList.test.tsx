import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { I18n } from '../common/i18n';
import { initials, PresenceList } from './PresenceList';
import { LiveSession, VIEWER_PACE, type SessionApi } from './session';

const i18n = new I18n({
    'journeymaps.live.presence.label': 'Also here',
    'journeymaps.live.presence.editing': '{0} (editing)',
    'journeymaps.live.presence.viewing': '{0} (viewing)',
});

describe('presence list', () => {
    it('shows the others with initials, editing or viewing, and leaves the caller out', async () => {
        const api = {
            heartbeat: vi.fn(async () => [
                { userKey: 'a', name: 'Alice Martin', editing: true, self: false },
                { userKey: 'b', name: '<b>Bob</b>', editing: false, self: false },
                { userKey: 'me', name: 'Me', editing: true, self: true },
            ]),
            getChanges: vi.fn(async () => ({ revision: 1, changes: [] })),
        };
        const live = new LiveSession(1, 1, true, VIEWER_PACE, { onFeed: vi.fn(), onExpired: vi.fn() }, api as unknown as SessionApi);
        const element = document.createElement('div');
        act(() => render(<PresenceList live={live} i18n={i18n} />, element));
        expect(element.innerHTML).toBe('');

        await act(() => live.tick());
        live.stop();
        const items = [...element.querySelectorAll('li')];
        expect(items.map((li) => li.textContent)).toEqual(['AMAlice Martin (editing)', '<<b>Bob</b> (viewing)']);
        expect(element.querySelector('b')).toBeNull();
        expect(element.querySelector('ul')?.getAttribute('aria-label')).toBe('Also here');
    });

    it('makes up to two initials', () => {
        expect(initials('alice')).toBe('A');
        expect(initials('  Jean  Paul Sartre ')).toBe('JP');
    });
});
