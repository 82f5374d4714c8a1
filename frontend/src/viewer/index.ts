// Entry of the journey-map-viewer web resource: enhances every journey-map macro on the page.
import 'wr-dependency!com.atlassian.auiplugin:ajs';
import '../canvas/canvas.css';
import './viewer.css';
import { mount } from './mount';
import { findRoots, readRoot } from './roots';

function mountAll(): void {
    for (const element of findRoots()) {
        try {
            mount(readRoot(element)).catch((e: unknown) => {
                element.dataset.viewer = 'failed';
                console.error(`Journey map ${element.dataset.journeyMapId}: the interactive view could not load; `
                    + 'the static table stays.', e);
            });
        } catch (e) {
            // Loud on purpose: a malformed root means the macro and the viewer disagree.
            element.dataset.viewer = 'failed';
            console.error(e);
        }
    }
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
} else {
    mountAll();
}
