import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import uiText from './lint/no-hardcoded-ui-text.js';

export default tseslint.config(
    { ignores: ['node_modules/'] },
    js.configs.recommended,
    ...tseslint.configs.strict,
    {
        files: ['src/**/*.{ts,tsx}'],
        languageOptions: { globals: globals.browser },
        plugins: { 'journeymaps': uiText },
        rules: {
            // Every user-visible text comes from the i18n properties (en and fr).
            'journeymaps/no-hardcoded-ui-text': 'error',
            // User text is rendered by Preact, which escapes it; raw HTML would bypass that.
            'no-restricted-syntax': ['error', {
                selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
                message: 'Never render raw HTML: user text must stay escaped.',
            }, {
                selector: "AssignmentExpression[left.property.name='innerHTML']",
                message: 'Never assign innerHTML: user text must stay escaped.',
            }],
        },
    },
    {
        files: ['src/**/*.test.{ts,tsx}', 'src/**/testing.ts'],
        rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-non-null-assertion': 'off', 'journeymaps/no-hardcoded-ui-text': 'off' },
    },
    {
        files: ['*.{js,cjs,mjs}', 'scripts/**', 'lint/**'],
        languageOptions: { globals: globals.node },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
);
