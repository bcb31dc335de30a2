/**
 * House rule: the function given to useEffect / useLayoutEffect is at most `max` lines.
 * A long effect mixes jobs (subscribe, lay out, animate, clean up); split it into
 * effects with one job each, or move the work into a named, tested function.
 */
const EFFECT_HOOKS = new Set(['useEffect', 'useLayoutEffect', 'useInsertionEffect']);

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'limit the length of effect callbacks' },
    schema: [{ type: 'object', properties: { max: { type: 'integer', minimum: 1 } }, additionalProperties: false }],
    messages: {
      tooLong: 'This effect is {{lines}} lines long (at most {{max}}): split it into effects with one job each.',
    },
  },
  create(context) {
    const max = context.options[0]?.max ?? 40;
    return {
      CallExpression(node) {
        const callee = node.callee;
        const name =
          callee.type === 'Identifier'
            ? callee.name
            : callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
              ? callee.property.name
              : undefined;
        if (!name || !EFFECT_HOOKS.has(name)) return;
        const fn = node.arguments[0];
        if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return;
        const lines = fn.loc.end.line - fn.loc.start.line + 1;
        if (lines > max)
          context.report({ node: fn, messageId: 'tooLong', data: { lines: String(lines), max: String(max) } });
      },
    };
  },
};
