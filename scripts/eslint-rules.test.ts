/** The house's own lint rule: effects stay short (issue: house habits). */
import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import maxEffectLines from './eslint/max-effect-lines.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const body = (n: number) => Array.from({ length: n }, (_, i) => `    step${i}();`).join('\n');

tester.run('max-effect-lines', maxEffectLines, {
  valid: [
    { code: `useEffect(() => {\n${body(3)}\n}, []);`, options: [{ max: 5 }] },
    { code: `React.useLayoutEffect(function () {\n${body(3)}\n});`, options: [{ max: 5 }] },
    // Not an effect: other hooks and plain calls are not limited.
    { code: `useMemo(() => {\n${body(50)}\n}, []);`, options: [{ max: 5 }] },
    // An effect given a named function is measured where that function is written.
    { code: 'useEffect(subscribe, []);', options: [{ max: 5 }] },
  ],
  invalid: [
    {
      code: `useEffect(() => {\n${body(4)}\n}, []);`,
      options: [{ max: 5 }],
      errors: [{ messageId: 'tooLong', data: { lines: '6', max: '5' } }],
    },
    {
      code: `React.useLayoutEffect(() => {\n${body(40)}\n});`,
      errors: [{ messageId: 'tooLong', data: { lines: '42', max: '40' } }],
    },
  ],
});
