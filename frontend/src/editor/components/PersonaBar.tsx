// The map's personas: linked ones as removable chips, a picker over the space library, and inline creation.

import { useEffect, useState } from 'preact/hooks';
import type { Persona } from '../../common/api/personas';
import { createAndLinkPersona, setPersonas } from '../emotionOps';
import { InlineText } from './InlineText';
import { useEditor } from './context';

export function PersonaBar() {
    const { store, i18n } = useEditor();
    const [library, setLibrary] = useState<readonly Persona[]>([]);
    const [creating, setCreating] = useState(false);
    const linked = store.map.personas;
    const label = i18n.text('journeymaps.editor.personas');

    useEffect(() => {
        void store.run('personas', () => store.api.listPersonas(store.map.spaceKey)).then((list) => setLibrary(list ?? []));
    }, [store]);

    const ids = linked.map((p) => p.id);
    const available = library.filter((p) => !ids.includes(p.id));
    return (
        <section class="jm-personas" aria-label={label}>
            <h2 class="jm-section-title">{label}</h2>
            <ul class="jm-persona-list">
                {linked.map((p) => (
                    <li key={p.id} class="aui-lozenge jm-persona" style={{ borderColor: p.color }}>
                        <span class="jm-persona-dot" style={{ background: p.color }} aria-hidden="true" />
                        {p.name}
                        <button type="button" class="aui-button aui-button-subtle jm-icon-button" aria-label={i18n.text('journeymaps.editor.persona.unlink', p.name)}
                            onClick={() => void setPersonas(store, ids.filter((id) => id !== p.id), p.name)}>
                            <span class="aui-icon aui-icon-small aui-iconfont-cross" aria-hidden="true" />
                        </button>
                    </li>
                ))}
            </ul>
            {available.length > 0 && (
                <select class="select" aria-label={i18n.text('journeymaps.editor.persona.link')} value=""
                    onChange={(e) => {
                        const id = Number((e.currentTarget as HTMLSelectElement).value);
                        const persona = library.find((p) => p.id === id);
                        if (persona) {
                            void setPersonas(store, [...ids, id], persona.name);
                        }
                    }}>
                    <option value="">{i18n.text('journeymaps.editor.persona.link')}</option>
                    {available.map((p) => <option key={p.id} value={p.id}>{p.role ? `${p.name} (${p.role})` : p.name}</option>)}
                </select>
            )}
            {creating
                ? <InlineText id="jm-new-persona" autoFocus value="" label={i18n.text('journeymaps.editor.persona.name')}
                    placeholder={i18n.text('journeymaps.editor.persona.name')} onCancel={() => setCreating(false)}
                    onCommit={(name) => {
                        setCreating(false);
                        if (name.trim() !== '') {
                            void createAndLinkPersona(store, { name: name.trim() }).then((p) => p && setLibrary((l) => [...l, p]));
                        }
                    }} />
                : <button type="button" class="aui-button aui-button-link" onClick={() => setCreating(true)}>{i18n.text('journeymaps.editor.persona.create')}</button>}
        </section>
    );
}
