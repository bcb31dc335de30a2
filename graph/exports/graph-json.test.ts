/**
 * graph.json against graph.schema.json, with a JSON Schema validator that shares no code
 * with zod (Ajv, draft 2020-12): the published graph passes, and the schema rejects what
 * the contract forbids, so it is not a schema that accepts everything.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { z } from 'zod';
import { Graph } from '../schema';
import { realGraph } from './testing';

// The schema exactly as scripts/build-data.ts publishes it.
const schema = z.record(z.string(), z.unknown()).parse(
  JSON.parse(
    JSON.stringify({
      ...z.toJSONSchema(Graph, { io: 'output' }),
      title: 'Framework explorer graph',
      $id: 'graph.schema.json',
    }),
  ),
);
const ajv = new Ajv2020({ allErrors: true, strict: false }).addFormat('uri', (s: string) => URL.canParse(s));
const validate = ajv.compile(schema);

/** graph.json as a reader receives it: plain JSON, no zod objects. */
const published = () => z.record(z.string(), z.unknown()).parse(JSON.parse(JSON.stringify(realGraph())));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first node or edge itself (not a copy), so a test can break it in place. */
function first(g: Record<string, unknown>, key: 'nodes' | 'edges'): Record<string, unknown> {
  const list: unknown = g[key];
  const item: unknown = Array.isArray(list) ? list[0] : undefined;
  if (!isRecord(item)) throw new Error(`graph.json has no ${key}`);
  return item;
}
const firstNode = (g: Record<string, unknown>) => first(g, 'nodes');
const firstEdge = (g: Record<string, unknown>) => first(g, 'edges');

describe('graph.json against graph.schema.json (Ajv)', () => {
  it('accepts the published graph', () => {
    const ok = validate(published());
    assert.equal(ok, true, JSON.stringify(validate.errors?.slice(0, 3)));
  });

  const rejects: { what: string; mutate: (g: Record<string, unknown>) => void }[] = [
    { what: 'a missing version', mutate: (g) => delete g.version },
    { what: 'a version that is not semver', mutate: (g) => (g.version = 'v1') },
    { what: 'an unknown top-level field', mutate: (g) => (g.extra = true) },
    { what: 'an unknown node kind', mutate: (g) => (firstNode(g).kind = 'opinion') },
    { what: 'a node without its Chinese label', mutate: (g) => (firstNode(g).label = { en: 'Only English' }) },
    { what: 'a node without citations', mutate: (g) => (firstNode(g).citations = []) },
    { what: 'an id that is not kebab-case', mutate: (g) => (firstNode(g).id = 'Not A Slug') },
    { what: 'an unknown edge kind', mutate: (g) => (firstEdge(g).kind = 'likes') },
    { what: 'an edge without a stance', mutate: (g) => delete firstEdge(g).stance },
    {
      what: 'a citation with an unknown section',
      mutate: (g) => (firstEdge(g).citations = [{ section: '9.9', quote: '引文' }]),
    },
  ];
  for (const { what, mutate } of rejects) {
    it(`rejects ${what}`, () => {
      const g = published();
      mutate(g);
      assert.equal(validate(g), false);
    });
  }
});
