// The macro dialog's decisions, apart from its rendering: which tab opens first, what the confirm button does
// and says, and what is sent to create a map.

import type { JourneyState, NewMap } from '../common/api/maps';
import type { EditedPage } from './confluence';

export type Tab = 'pick' | 'create';
export const TABS: readonly Tab[] = ['pick', 'create'];

/** The "Create" tab's form; `templateId` undefined is a blank map. */
export interface CreateForm {
    readonly templateId: string | undefined;
    readonly title: string;
    readonly state: JourneyState;
}

/** A new macro opens on "Pick" when the space has maps, else on "Create"; an existing one on "Pick". */
export function firstTab(editing: boolean, spaceHasMaps: boolean): Tab {
    return editing || spaceHasMaps ? 'pick' : 'create';
}

/** The tab an arrow, Home or End key moves to from `current` (ARIA tabs pattern); undefined for other keys. */
export function tabForKey(current: Tab, key: string): Tab | undefined {
    const index = TABS.indexOf(current);
    switch (key) {
        case 'ArrowRight':
            return TABS[(index + 1) % TABS.length];
        case 'ArrowLeft':
            return TABS[(index - 1 + TABS.length) % TABS.length];
        case 'Home':
            return TABS[0];
        case 'End':
            return TABS[TABS.length - 1];
        default:
            return undefined;
    }
}

/** The i18n key of the confirm button. */
export function confirmLabelKey(tab: Tab, editing: boolean): string {
    if (tab === 'create') {
        return 'journeymaps.macrobrowser.createInsert';
    }
    return editing ? 'journeymaps.macrobrowser.save' : 'journeymaps.macrobrowser.insert';
}

/** What keeps the confirm button from acting, as an i18n key; undefined when it may act. */
export function blockerKey(tab: Tab, selectedMapId: number | undefined, form: CreateForm, page: EditedPage):
    string | undefined {
    if (tab === 'pick') {
        return selectedMapId === undefined ? 'journeymaps.macrobrowser.pick.required' : undefined;
    }
    if (page.pageId === undefined) {
        return 'journeymaps.macrobrowser.create.nopage';
    }
    return form.title.trim() === '' ? 'journeymaps.macrobrowser.create.title.required' : undefined;
}

/** The body of POST /maps for the form, on the edited page (which must have an id). */
export function newMapRequest(form: CreateForm, pageId: number): NewMap {
    const request = { pageId, title: form.title.trim(), state: form.state };
    return form.templateId === undefined ? request : { ...request, templateId: form.templateId };
}

/**
 * The title after choosing another starting point: a title the user typed stays; one that was only the previous
 * template's name (or empty) follows the new template's name, or the page's title for a blank map.
 */
export function titleAfterChoosing(current: string, previousName: string | undefined, nextName: string | undefined,
                                   pageTitle: string): string {
    const untouched = current.trim() === '' || current === previousName || current === pageTitle;
    return untouched ? (nextName ?? pageTitle) : current;
}
