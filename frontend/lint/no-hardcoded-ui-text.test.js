import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import plugin from './no-hardcoded-ui-text.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.afterAll = afterAll;

const tester = new RuleTester({
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run('no-hardcoded-ui-text', plugin.rules['no-hardcoded-ui-text'], {
    valid: [
        { code: "<p>{i18n.text('journeymaps.viewer.empty')}</p>" },
        { code: "<button aria-label={i18n.text('journeymaps.viewer.zoom.in')} title={label}>+</button>" },
        { code: '<button>−</button>' },
        { code: "<li>{name} : {points}</li>" },
        { code: '<input placeholder={hint} class="text jm-inline" id="x" />' },
        { code: '<svg><line x1="0" stroke="#0052cc" /></svg>' },
        { code: "<span>{`${score}%`}</span>" },
    ],
    invalid: [
        { code: '<p>No lane matches the filter.</p>', errors: [{ messageId: 'text' }] },
        { code: "<p>{'Saving…'}</p>", errors: [{ messageId: 'text' }] },
        { code: '<p>{`Saved ${n} cards`}</p>', errors: [{ messageId: 'text' }] },
        { code: "<p>{busy ? 'Saving' : i18n.text('k')}</p>", errors: [{ messageId: 'text' }] },
        { code: '<button aria-label="Zoom in">+</button>', errors: [{ messageId: 'attribute', data: { name: 'aria-label', text: 'Zoom in' } }] },
        { code: "<input placeholder={'Type a score'} />", errors: [{ messageId: 'attribute' }] },
        { code: '<img alt="Logo" src="x.png" />', errors: [{ messageId: 'attribute' }] },
        { code: '<span title={`Stage ${name}`} />', errors: [{ messageId: 'attribute' }] },
        { code: '<InlineText label="Card text" />', errors: [{ messageId: 'attribute' }] },
        { code: '<p>Étape</p>', errors: [{ messageId: 'text' }] },
    ],
});
