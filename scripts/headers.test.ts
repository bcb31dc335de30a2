/** The shipped header files say what scripts/headers.ts says, and say it safely. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { EMBED_CSP, HEADER_FILES, SITE_CSP } from './headers';

describe('header files', () => {
  for (const [file, text] of Object.entries(HEADER_FILES())) {
    it(`${file} is up to date (run "npm run headers" after changing scripts/headers.ts)`, () => {
      assert.equal(fs.readFileSync(file, 'utf8'), text);
    });
  }

  it('never allows eval, plugins or framing of the site, and allows framing of embeds only', () => {
    for (const policy of [SITE_CSP, EMBED_CSP]) {
      assert.doesNotMatch(policy, /unsafe-eval/);
      assert.match(policy, /object-src 'none'/);
      assert.match(policy, /base-uri 'self'/);
    }
    assert.match(SITE_CSP, /frame-ancestors 'none'/);
    assert.match(EMBED_CSP, /frame-ancestors \*/);
  });

  it('lets browsers keep the hashed build assets for a year, and nothing else', () => {
    const serve = JSON.parse(fs.readFileSync('serve.json', 'utf8')) as {
      headers: { source: string; headers: { key: string }[] }[];
    };
    const cached = serve.headers.filter((r) => r.headers.some((h) => h.key === 'Cache-Control')).map((r) => r.source);
    assert.deepEqual(cached, ['_next/static/**']);
    assert.match(
      fs.readFileSync('public/_headers', 'utf8'),
      /\/_next\/static\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/,
    );
  });

  it('gives no _headers rule that matches /embed/ the site policy', () => {
    const rules = fs.readFileSync('public/_headers', 'utf8').split(/\n(?=\/)/);
    const embedRules = rules.filter((r) => /^\/(\*|embed\/\*?)\n/.test(r));
    assert.ok(embedRules.length >= 2);
    for (const r of embedRules)
      assert.ok(!r.includes(SITE_CSP), `rule matching /embed/ carries the site policy:\n${r}`);
  });
});
