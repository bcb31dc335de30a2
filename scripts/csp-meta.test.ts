/** Each page's own script policy allows exactly the inline scripts it was built with. */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, it } from 'node:test';
import { scriptHashes, withCspMeta } from './csp-meta';

const sha = (s: string) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('withCspMeta', () => {
  const page =
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script></head>' +
    '<body><p>x</p><script>self.__next_f.push([1,"\\u003c/script\\u003e"])</script><script id="_R_">b()</script></body></html>';

  it('hashes inline scripts only, byte for byte', () => {
    assert.deepEqual(scriptHashes(page), [sha('self.__next_f.push([1,"\\u003c/script\\u003e"])'), sha('b()')]);
  });

  it("puts the policy first in <head>, allowing this site's files and those scripts, and nothing inline besides", () => {
    const out = withCspMeta(page);
    const m =
      /^<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="([^"]*)"\/><meta charSet/.exec(
        out,
      );
    assert.ok(m, out.slice(0, 200));
    assert.equal(m[1], `script-src 'self' ${sha('self.__next_f.push([1,"\\u003c/script\\u003e"])')} ${sha('b()')}`);
    assert.doesNotMatch(m[1] ?? '', /unsafe/);
  });

  it('is idempotent', () => {
    const once = withCspMeta(page);
    assert.equal(withCspMeta(once), once);
  });
});
