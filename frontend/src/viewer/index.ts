// Entry of the journey-map-viewer web resource: enhances every journey-map macro on the page.
import 'wr-dependency!com.atlassian.auiplugin:ajs';
import { findRoots, readRoot } from './roots';

function mountAll(): void {
    for (const element of findRoots()) {
        try {
            readRoot(element);
        } catch (e) {
            // Loud on purpose: a malformed root means the macro and the viewer disagree.
            console.error(e);
        }
    }
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
} else {
    mountAll();
}
