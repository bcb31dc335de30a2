/** Which links get a preview: links to an idea's page on this site, in either language. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeOfHref } from './node-href';

const origin = 'https://example.edu';

describe('nodeOfHref', () => {
  const rows: [string, string, string | undefined][] = [
    ['/en/nodes/emergence/', '', 'en emergence'],
    ['https://example.edu/zh/nodes/long-tail-effect/', '', 'zh long-tail-effect'],
    ['/en/nodes/bias/#citations', '', 'en bias'],
    ['/framework/en/nodes/bias/', '/framework', 'en bias'],
    ['/en/nodes/bias/', '/framework', undefined],
    ['/en/tours/traits-to-risks/', '', undefined],
    ['/en/nodes/', '', undefined],
    ['https://elsewhere.org/en/nodes/bias/', '', undefined],
    ['/en/nodes/Bad_Id/', '', undefined],
    ['http://[::1', '', undefined],
  ];
  for (const [href, base, expected] of rows)
    it(`${href} (base "${base}")`, () => {
      const r = nodeOfHref(href, origin, base);
      assert.equal(r ? `${r.lang} ${r.id}` : undefined, expected);
    });
});
