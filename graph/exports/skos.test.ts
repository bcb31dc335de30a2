/**
 * skos.jsonld expanded by jsonld.js (the JSON-LD reference implementation) and checked
 * against the graph: a concept per node, labels in English and Chinese with their
 * language tags, aliases, definitions, broader from part-of, related plus the edge-kind
 * property for other links, the SKOS integrity rules we rely on, and version and date.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsonld from 'jsonld';
import { z } from 'zod';
import { EDGE_RULES } from '../kinds';
import { SKOS_NS, conceptNamespace, skosText, vocabNamespace } from './skos';
import { GRAPHS, TEST_META } from './testing';

const SKOS = (term: string) => `${SKOS_NS}${term}`;
const OWL_VERSION = 'http://www.w3.org/2002/07/owl#versionInfo';
const DCT_ISSUED = 'http://purl.org/dc/terms/issued';

const Value = z.object({ '@value': z.string(), '@language': z.string().optional(), '@type': z.string().optional() });
const Ref = z.object({ '@id': z.string() });
const Expanded = z.array(z.looseObject({ '@id': z.string(), '@type': z.array(z.string()).optional() }));
type Resource = z.infer<typeof Expanded>[number];

const values = (r: Resource | undefined, property: string) => z.array(Value).parse(r?.[property] ?? []);
const refs = (r: Resource | undefined, property: string) =>
  z
    .array(Ref)
    .parse(r?.[property] ?? [])
    .map((x) => x['@id']);
/** Language tags are case-insensitive (BCP 47), and jsonld.js lower-cases them when expanding. */
const inLang = (r: Resource | undefined, property: string, lang: string) =>
  values(r, property)
    .filter((v) => v['@language']?.toLowerCase() === lang.toLowerCase())
    .map((v) => v['@value'])
    .sort();

/** Expansion must never fetch a remote context: the file is self-contained. */
const documentLoader = (url: string): Promise<never> => Promise.reject(new Error(`skos.jsonld tried to load ${url}`));

async function expand(text: string) {
  const doc = z.record(z.string(), z.unknown()).parse(JSON.parse(text));
  return Expanded.parse(await jsonld.expand(doc, { documentLoader }));
}

for (const { name, graph: make } of GRAPHS) {
  describe(`skos.jsonld of ${name}`, async () => {
    const graph = make();
    const expanded = await expand(skosText(graph, TEST_META));
    const byId = new Map(expanded.map((r) => [r['@id'], r]));
    const concept = (id: string) => byId.get(`${conceptNamespace(TEST_META)}${id}`);
    const fx = (term: string) => `${vocabNamespace(TEST_META)}${term}`;
    const scheme = expanded.find((r) => r['@type']?.includes(SKOS('ConceptScheme')));

    it('tags Chinese text as zh-Hans in the file itself', () => {
      const raw = z.object({
        '@graph': z.array(
          z.looseObject({ '@type': z.string(), prefLabel: z.record(z.string(), z.string()).optional() }),
        ),
      });
      const parsed = raw.parse(JSON.parse(skosText(graph, TEST_META)));
      const concepts = parsed['@graph'].filter((r) => r['@type'] === 'skos:Concept');
      assert.equal(concepts.length, graph.nodes.length);
      for (const c of concepts) assert.deepEqual(Object.keys(c.prefLabel ?? {}), ['en', 'zh-Hans']);
    });

    it('has a concept scheme with the version and build date', () => {
      assert.ok(scheme, 'a skos:ConceptScheme');
      assert.deepEqual(
        values(scheme, OWL_VERSION).map((v) => v['@value']),
        [TEST_META.version],
      );
      assert.deepEqual(
        values(scheme, DCT_ISSUED).map((v) => v['@value']),
        [TEST_META.built],
      );
      assert.ok(refs(scheme, SKOS('hasTopConcept')).length > 0);
    });

    it('has one concept per node, each in the scheme', () => {
      const concepts = expanded.filter((r) => r['@type']?.includes(SKOS('Concept')));
      assert.equal(concepts.length, graph.nodes.length);
      for (const c of concepts) assert.deepEqual(refs(c, SKOS('inScheme')), [scheme?.['@id']]);
    });

    it('gives each concept its labels and definition in en and zh-Hans, and its aliases', () => {
      for (const n of graph.nodes) {
        const c = concept(n.id);
        assert.deepEqual(inLang(c, SKOS('prefLabel'), 'en'), [n.label.en], n.id);
        assert.deepEqual(inLang(c, SKOS('prefLabel'), 'zh-Hans'), [n.label.zh], n.id);
        assert.deepEqual(inLang(c, SKOS('definition'), 'en'), [n.summary.en], n.id);
        assert.deepEqual(inLang(c, SKOS('definition'), 'zh-Hans'), [n.summary.zh], n.id);
        const alt = (lang: 'en' | 'zh') =>
          [...new Set(n.aliases?.[lang] ?? [])].filter((a) => a !== n.label[lang]).sort();
        assert.deepEqual(inLang(c, SKOS('altLabel'), 'en'), alt('en'), n.id);
        assert.deepEqual(inLang(c, SKOS('altLabel'), 'zh-Hans'), alt('zh'), n.id);
        assert.deepEqual(
          values(c, fx('kind')).map((v) => v['@value']),
          [n.kind],
        );
      }
    });

    it('turns part-of into broader and narrower', () => {
      for (const e of graph.edges.filter((x) => x.kind === 'part-of')) {
        assert.ok(refs(concept(e.source), SKOS('broader')).includes(`${conceptNamespace(TEST_META)}${e.target}`), e.id);
        assert.ok(
          refs(concept(e.target), SKOS('narrower')).includes(`${conceptNamespace(TEST_META)}${e.source}`),
          e.id,
        );
      }
    });

    it('keeps every other edge under its kind’s property, both ways when undirected', () => {
      for (const e of graph.edges.filter((x) => x.kind !== 'part-of')) {
        const iri = (id: string) => `${conceptNamespace(TEST_META)}${id}`;
        assert.ok(refs(concept(e.source), fx(e.kind)).includes(iri(e.target)), e.id);
        if (!EDGE_RULES[e.kind].directed) assert.ok(refs(concept(e.target), fx(e.kind)).includes(iri(e.source)), e.id);
      }
    });

    it('relates the ends of other edges, symmetrically, never along the hierarchy (SKOS S27)', () => {
      const broaderOf = new Map<string, string[]>();
      for (const r of expanded) broaderOf.set(r['@id'], refs(r, SKOS('broader')));
      const ancestors = (iri: string, seen = new Set<string>()): Set<string> => {
        for (const b of broaderOf.get(iri) ?? []) if (!seen.has(b)) ancestors(b, seen.add(b));
        return seen;
      };
      let related = 0;
      for (const r of expanded) {
        for (const other of refs(r, SKOS('related'))) {
          related += 1;
          assert.ok(refs(byId.get(other), SKOS('related')).includes(r['@id']), `${r['@id']} ↔ ${other}`);
          assert.ok(
            !ancestors(r['@id']).has(other) && !ancestors(other).has(r['@id']),
            `${r['@id']} related to its ancestor ${other}`,
          );
        }
      }
      assert.ok(related > 0);
    });
  });
}
