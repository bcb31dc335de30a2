/**
 * Cited works carry only what the paper prints. A numbered reference has an author only
 * where the running text prints the name right before the marker ("Hendrycks 等[11]"); a
 * body or person the sentence names only as the one who did something ("OpenAI 在用 …
 * [16]") is not its author. A footnote's author is the name its entry prints after the
 * marker ("④ Jigsaw."). Checked against the paper when it is available.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { loadGraph } from './load';
import { findPaper } from './quotes';

const paperPath = findPaper();
const squash = (s: string) => s.replace(/\s+/g, '');

describe('cited works', { skip: paperPath === undefined && 'the paper is not available' }, () => {
  const paper = squash(paperPath === undefined ? '' : fs.readFileSync(paperPath, 'utf8'));
  const works = loadGraph().graph.nodes.filter((n) => n.reference !== undefined);

  it('finds the cited works', () => assert.ok(works.length > 30));

  for (const node of works) {
    const ref = node.reference;
    if (ref?.author === undefined) continue;
    it(`${node.id}: the author "${ref.author}" is printed with the marker ${ref.marker}`, () => {
      const printed = ref.marker.startsWith('[') ? ref.author + ref.marker : ref.marker + ref.author;
      assert.ok(paper.includes(squash(printed)), `the paper does not print "${printed}"`);
    });
  }
});
