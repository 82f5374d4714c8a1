import { describe, expect, it } from 'vitest';
import { MalformedEditorRootError, readEditorRoot } from './root';

function page(attributes: string): void {
    document.body.innerHTML = `<div id="journey-map-editor" ${attributes}></div>`;
}

describe('readEditorRoot', () => {
    it('reads map, page, space and page URL', () => {
        page('data-map-id="12" data-page-id="98" data-space-key="DEMO" data-page-url="/pages/viewpage.action?pageId=98"');
        expect(readEditorRoot()).toMatchObject({ mapId: 12, pageId: 98, spaceKey: 'DEMO', pageUrl: '/pages/viewpage.action?pageId=98' });
    });

    it('is undefined on a page without the root', () => {
        document.body.innerHTML = '<div></div>';
        expect(readEditorRoot()).toBeUndefined();
    });

    it.each(['', '0', 'x', '1.5'])('refuses the map id "%s"', (id) => {
        page(`data-map-id="${id}"`);
        expect(() => readEditorRoot()).toThrowError(MalformedEditorRootError);
    });

    it('drops a page URL that is not a same-site path', () => {
        page('data-map-id="3" data-page-url="javascript:alert(1)"');
        expect(readEditorRoot()?.pageUrl).toBe('');
        page('data-map-id="3" data-page-url="//evil.example/x"');
        expect(readEditorRoot()?.pageUrl).toBe('');
        page('data-map-id="3"');
        expect(readEditorRoot()).toMatchObject({ pageId: undefined, spaceKey: '', pageUrl: '' });
    });
});
