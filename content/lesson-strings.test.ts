/** The lessons' English interface strings use the site's one English term per Chinese term (content/terms.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lessonEn, lessonTeachEn } from './messages/lesson-strings';
import { bannedTerms } from './terms';

const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : typeof v === 'function'
      ? [String(v)]
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(strings)
        : [];

describe('the lessons’ English strings', () => {
  for (const [name, dict] of Object.entries({ lessonEn, lessonTeachEn })) {
    it(`${name} uses the listed terms`, () => {
      assert.ok(strings(dict).length > 10, 'the dictionary was read');
      assert.deepEqual(
        strings(dict).flatMap((s) => bannedTerms(s).map((h) => `${h.found} (use ${h.rule.preferred})`)),
        [],
      );
    });
  }
});
