import type { Rule } from 'eslint';

/** See max-effect-lines.mjs. */
declare const rule: Rule.RuleModule;
export default rule;
