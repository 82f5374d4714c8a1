// Entry of the journey-map-branding web resource: mounts the branding page on its root element.
import 'wr-dependency!com.atlassian.auiplugin:ajs';
import './branding.css';
import { render } from 'preact';
import { getBranding } from '../common/api/branding';
import { loadI18n } from '../common/i18n';
import { BrandingPage } from './BrandingPage';

async function mount(): Promise<void> {
    const element = document.getElementById('journey-map-branding');
    const spaceKey = element?.dataset.spaceKey;
    if (!element || !spaceKey) {
        return;
    }
    try {
        const [i18n, branding] = await Promise.all([loadI18n(), getBranding(spaceKey)]);
        const title = element.querySelector('h1')?.textContent ?? '';
        element.replaceChildren();
        render(<BrandingPage i18n={i18n} initial={branding} title={title}
            spaceUrl={element.dataset.spaceUrl ?? ''} />, element);
    } catch (e) {
        // The server's message (already in the user's language) is all there is to show before the texts load.
        const message = document.createElement('div');
        message.className = 'aui-message aui-message-error';
        message.setAttribute('role', 'alert');
        message.textContent = e instanceof Error ? e.message : String(e);
        element.replaceChildren(message);
    }
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => void mount());
} else {
    void mount();
}
