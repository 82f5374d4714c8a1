// ESLint rule: user-visible text in JSX must come from the i18n properties (i18n.text('journeymaps...')),
// never be written in the component. It flags words in JSX text, string literals rendered as children, and
// literal values of the attributes people read or hear (title, aria-label, placeholder, alt, label...).
// Symbols and punctuation without letters ("+", "−", " : ") are not text to translate.

const USER_FACING_ATTRIBUTES = new Set([
    'title', 'alt', 'placeholder', 'label', 'aria-label', 'aria-description', 'aria-valuetext',
    'aria-roledescription', 'aria-placeholder',
]);
const HAS_LETTER = /\p{L}/u;

/** The literal text an expression always renders (a string or a template's fixed parts), if any. */
function literalText(node) {
    if (node.type === 'Literal' && typeof node.value === 'string') {
        return node.value;
    }
    if (node.type === 'TemplateLiteral') {
        return node.quasis.map((q) => q.value.cooked ?? '').join(' ');
    }
    if (node.type === 'ConditionalExpression') {
        return [literalText(node.consequent), literalText(node.alternate)].filter((t) => t !== undefined).join(' ') || undefined;
    }
    if (node.type === 'LogicalExpression') {
        return literalText(node.right);
    }
    return undefined;
}

const rule = {
    meta: {
        type: 'problem',
        docs: { description: 'User-visible text in JSX comes from the i18n properties, not from the code' },
        schema: [],
        messages: {
            text: 'Hard-coded UI text "{{text}}": add a key to journeymaps.properties (en and fr) and use i18n.text(key).',
            attribute: 'Hard-coded "{{name}}" text "{{text}}": add a key to journeymaps.properties (en and fr) and use i18n.text(key).',
        },
    },
    create(context) {
        const report = (node, messageId, text, name) => {
            if (text !== undefined && HAS_LETTER.test(text)) {
                context.report({ node, messageId, data: { text: text.trim().slice(0, 40), name } });
            }
        };
        return {
            JSXText(node) {
                report(node, 'text', node.value);
            },
            JSXExpressionContainer(node) {
                if (node.parent.type === 'JSXElement' || node.parent.type === 'JSXFragment') {
                    report(node, 'text', literalText(node.expression));
                }
            },
            JSXAttribute(node) {
                const name = node.name.type === 'JSXIdentifier' ? node.name.name : undefined;
                if (name === undefined || !USER_FACING_ATTRIBUTES.has(name) || node.value === null) {
                    return;
                }
                const value = node.value.type === 'JSXExpressionContainer' ? literalText(node.value.expression) : literalText(node.value);
                report(node, 'attribute', value, name);
            },
        };
    },
};

export default { rules: { 'no-hardcoded-ui-text': rule } };
