import { describe, expect, it } from 'vitest';
import { blockerKey, confirmLabelKey, firstTab, newMapRequest, tabForKey, titleAfterChoosing } from './model';

const page = { pageId: 42, spaceKey: 'DEMO', title: 'Support journey' };
const form = { templateId: undefined, title: 'Ticket journey', state: 'CURRENT' as const };

describe('firstTab', () => {
    it('opens an existing placeholder on Pick', () => {
        expect(firstTab(true, false)).toBe('pick');
    });

    it('opens a new macro on Pick when the space has maps, else on Create', () => {
        expect(firstTab(false, true)).toBe('pick');
        expect(firstTab(false, false)).toBe('create');
    });
});

describe('tabForKey', () => {
    it('wraps around with the arrow keys and jumps with Home and End', () => {
        expect(tabForKey('pick', 'ArrowRight')).toBe('create');
        expect(tabForKey('create', 'ArrowRight')).toBe('pick');
        expect(tabForKey('pick', 'ArrowLeft')).toBe('create');
        expect(tabForKey('create', 'Home')).toBe('pick');
        expect(tabForKey('pick', 'End')).toBe('create');
    });

    it('ignores other keys', () => {
        expect(tabForKey('pick', 'Enter')).toBeUndefined();
    });
});

describe('confirmLabelKey', () => {
    it('says insert for a new macro, save for an edited one, create for the Create tab', () => {
        expect(confirmLabelKey('pick', false)).toBe('journeymaps.macrobrowser.insert');
        expect(confirmLabelKey('pick', true)).toBe('journeymaps.macrobrowser.save');
        expect(confirmLabelKey('create', true)).toBe('journeymaps.macrobrowser.createInsert');
    });
});

describe('blockerKey', () => {
    it('needs a chosen map on Pick', () => {
        expect(blockerKey('pick', undefined, form, page)).toBe('journeymaps.macrobrowser.pick.required');
        expect(blockerKey('pick', 3, form, page)).toBeUndefined();
    });

    it('needs a saved page and a title on Create', () => {
        expect(blockerKey('create', undefined, form, { ...page, pageId: undefined }))
            .toBe('journeymaps.macrobrowser.create.nopage');
        expect(blockerKey('create', undefined, { ...form, title: '  ' }, page))
            .toBe('journeymaps.macrobrowser.create.title.required');
        expect(blockerKey('create', undefined, form, page)).toBeUndefined();
    });
});

describe('newMapRequest', () => {
    it('creates a blank map on the page with the trimmed title and state', () => {
        expect(newMapRequest({ ...form, title: ' Ticket ', state: 'FUTURE' }, 42))
            .toEqual({ pageId: 42, title: 'Ticket', state: 'FUTURE' });
    });

    it('names the template when one is chosen', () => {
        expect(newMapRequest({ ...form, templateId: 'it-support-ticket' }, 42))
            .toEqual({ pageId: 42, title: 'Ticket journey', state: 'CURRENT', templateId: 'it-support-ticket' });
    });
});

describe('titleAfterChoosing', () => {
    it('follows the template while the user has not typed a title of their own', () => {
        expect(titleAfterChoosing('Support journey', undefined, 'IT support ticket', 'Support journey'))
            .toBe('IT support ticket');
        expect(titleAfterChoosing('IT support ticket', 'IT support ticket', 'B2B onboarding', 'Support journey'))
            .toBe('B2B onboarding');
        expect(titleAfterChoosing('', 'IT support ticket', undefined, 'Support journey')).toBe('Support journey');
    });

    it('keeps a title the user typed', () => {
        expect(titleAfterChoosing('Our helpdesk', 'IT support ticket', 'B2B onboarding', 'Support journey'))
            .toBe('Our helpdesk');
    });
});
