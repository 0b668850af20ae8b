'use strict';

/**
 * Every word a learner reads comes from the catalogues (apps/web/src/locales/{lo,en}), never from
 * the code: this rule reports JSX text with a letter in it (any script, Latin or Lao) and string
 * literals in the attributes people read or hear. Text without letters (numbers, punctuation,
 * symbols such as '·', '×', a no-break space) stays allowed.
 */
const LETTER = /\p{L}/u;
const USER_VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);

/** The string literals an expression may evaluate to: itself, or either branch of `a ? b : c`, `a && b`, `a ?? b`. */
function* literalsIn(node) {
  if (!node) return;
  if (node.type === 'Literal' && typeof node.value === 'string') yield { node, text: node.value };
  else if (node.type === 'TemplateLiteral') yield { node, text: node.quasis.map((quasi) => quasi.value.cooked ?? '').join('') };
  else if (node.type === 'ConditionalExpression') {
    yield* literalsIn(node.consequent);
    yield* literalsIn(node.alternate);
  } else if (node.type === 'LogicalExpression') {
    yield* literalsIn(node.left);
    yield* literalsIn(node.right);
  }
}

/** @type {import('eslint').Rule.RuleModule} */
const noHardCodedStrings = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text must come from the locale catalogues, through t().' },
    schema: [],
    messages: {
      text: 'Text shown to the user must come from the catalogues: t(\'…\') instead of "{{text}}".',
      attribute: 'The {{name}} attribute is read by the user: t(\'…\') instead of "{{text}}".',
    },
  },
  create(context) {
    const report = (node, messageId, text, name) => context.report({ node, messageId, data: { text: text.trim().slice(0, 40), name } });
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) report(node, 'text', node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent.type !== 'JSXElement' && node.parent.type !== 'JSXFragment') return;
        for (const found of literalsIn(node.expression)) if (LETTER.test(found.text)) report(found.node, 'text', found.text);
      },
      JSXAttribute(node) {
        // A namespaced name (xlink:title) is a node, not a string: never one of the attributes above.
        const { name } = node.name;
        if (!USER_VISIBLE_ATTRIBUTES.has(name) || !node.value) return;
        const expression = node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        for (const found of literalsIn(expression)) if (LETTER.test(found.text)) report(found.node, 'attribute', found.text, name);
      },
    };
  },
};

module.exports = { noHardCodedStrings };
