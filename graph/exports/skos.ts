/**
 * The framework as a SKOS concept scheme in JSON-LD, for thesaurus managers (Skosmos,
 * VocBench, PoolParty) and linked-data tools. Every node is a skos:Concept with its labels
 * in English (`en`) and Chinese (`zh-Hans`), its aliases as altLabels and its summary as
 * the definition. `part-of` becomes broader/narrower. Every other edge becomes
 * skos:related and is also kept, with its kind, as a custom property of our own vocabulary
 * (`fx:gives-rise-to`, …), declared as a sub-property of skos:semanticRelation.
 */
import { EDGE_RULES } from '../kinds';
import { EDGE_KINDS, LANGS, type EdgeKind, type Graph, type Lang } from '../schema';
import { dataFileUrl, type ExportMeta } from './meta';

export const SKOS_NS = 'http://www.w3.org/2004/02/skos/core#';
export const SKOS_FILE = 'skos.jsonld';

/** JSON-LD language tags of the site languages: the Chinese text is Simplified Chinese. */
export const LANGUAGE_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** Our own vocabulary: the node kind and one property per edge kind. */
export const vocabNamespace = (meta: ExportMeta) => `${meta.site}/data/vocab#`;
/** Concepts live in the file itself, so each concept IRI resolves to the document that describes it. */
export const conceptNamespace = (meta: ExportMeta) => `${dataFileUrl(meta, SKOS_FILE)}#`;

type LangMap = Record<string, string>;
type LangListMap = Record<string, string[]>;

export type SkosConcept = {
  '@id': string;
  '@type': 'skos:Concept';
  inScheme: string;
  topConceptOf?: string;
  prefLabel: LangMap;
  altLabel?: LangListMap;
  definition: LangMap;
  notation?: string;
  broader?: string[];
  narrower?: string[];
  related?: string[];
  kind: string;
  level?: string;
  page: string[];
} & Partial<Record<EdgeKind, string[]>>;

interface SkosProperty {
  '@id': string;
  '@type': 'owl:ObjectProperty';
  'rdfs:subPropertyOf': { '@id': string };
  'rdfs:label': LangMap;
  'rdfs:comment': LangMap;
}

interface SkosScheme {
  '@id': string;
  '@type': 'skos:ConceptScheme';
  prefLabel: LangMap;
  'owl:versionInfo': string;
  'dct:issued': { '@value': string; '@type': 'xsd:dateTime' };
  'dct:source': { '@id': string };
  'dct:language': string[];
  hasTopConcept: string[];
}

export interface SkosDocument {
  '@context': Record<string, unknown>;
  '@graph': (SkosScheme | SkosConcept | SkosProperty)[];
}

function context(meta: ExportMeta): Record<string, unknown> {
  const id = (iri: string) => ({ '@id': iri, '@type': '@id' });
  const edgeTerms = Object.fromEntries(
    EDGE_KINDS.filter((k) => k !== 'part-of').map((k) => [
      k,
      { '@id': `fx:${k}`, '@type': '@id', '@container': '@set' },
    ]),
  );
  return {
    skos: SKOS_NS,
    dct: 'http://purl.org/dc/terms/',
    owl: 'http://www.w3.org/2002/07/owl#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    foaf: 'http://xmlns.com/foaf/0.1/',
    fx: vocabNamespace(meta),
    c: conceptNamespace(meta),
    prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
    altLabel: { '@id': 'skos:altLabel', '@container': '@language' },
    definition: { '@id': 'skos:definition', '@container': '@language' },
    notation: 'skos:notation',
    inScheme: id('skos:inScheme'),
    topConceptOf: id('skos:topConceptOf'),
    hasTopConcept: { ...id('skos:hasTopConcept'), '@container': '@set' },
    broader: { ...id('skos:broader'), '@container': '@set' },
    narrower: { ...id('skos:narrower'), '@container': '@set' },
    related: { ...id('skos:related'), '@container': '@set' },
    page: { ...id('foaf:page'), '@container': '@set' },
    kind: 'fx:kind',
    level: 'fx:level',
    ...edgeTerms,
  };
}

const langMap = (text: Record<Lang, string>): LangMap => ({ [LANGUAGE_TAG.en]: text.en, [LANGUAGE_TAG.zh]: text.zh });

/** Ancestors of every node along `part-of`, so related links never run along the hierarchy. */
function ancestors(graph: Graph): Map<string, Set<string>> {
  const parents = new Map<string, string[]>();
  for (const e of graph.edges)
    if (e.kind === 'part-of') parents.set(e.source, [...(parents.get(e.source) ?? []), e.target]);
  const memo = new Map<string, Set<string>>();
  const walk = (id: string): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const result = new Set<string>();
    memo.set(id, result); // The validator rejects part-of cycles; this guards the walk anyway.
    for (const p of parents.get(id) ?? []) {
      result.add(p);
      for (const a of walk(p)) result.add(a);
    }
    return result;
  };
  for (const n of graph.nodes) walk(n.id);
  return memo;
}

export function toSkos(graph: Graph, meta: ExportMeta): SkosDocument {
  const scheme = dataFileUrl(meta, SKOS_FILE);
  const iri = (id: string) => `c:${id}`;
  const up = ancestors(graph);
  const concepts = new Map<string, SkosConcept>();
  for (const n of graph.nodes) {
    // SKOS forbids an altLabel equal to the prefLabel in the same language (S13), so such
    // an alias is left out; repeated aliases are written once.
    const alt: LangListMap = {};
    for (const lang of LANGS) {
      const aliases = [...new Set(n.aliases?.[lang] ?? [])].filter((a) => a !== n.label[lang]);
      if (aliases.length > 0) alt[LANGUAGE_TAG[lang]] = aliases;
    }
    concepts.set(n.id, {
      '@id': iri(n.id),
      '@type': 'skos:Concept',
      inScheme: scheme,
      prefLabel: langMap(n.label),
      ...(Object.keys(alt).length > 0 ? { altLabel: alt } : {}),
      definition: langMap(n.summary),
      ...(n.reference ? { notation: n.reference.marker } : {}),
      kind: n.kind,
      ...(n.level ? { level: n.level } : {}),
      page: [meta.nodeUrl('en', n.id), meta.nodeUrl('zh', n.id)],
    });
  }

  const push = (id: string, key: 'broader' | 'narrower' | 'related' | EdgeKind, value: string) => {
    const c = concepts.get(id);
    if (!c) throw new Error(`skos export: "${id}" is not a node of the graph`);
    const list = c[key] ?? [];
    if (!list.includes(value)) c[key] = [...list, value];
  };
  // SKOS forbids skos:related between a concept and one of its broader concepts (integrity
  // condition S27); such a link is still kept through its edge-kind property.
  const hierarchical = (a: string, b: string) => (up.get(a)?.has(b) ?? false) || (up.get(b)?.has(a) ?? false);

  for (const e of graph.edges) {
    if (e.kind === 'part-of') {
      push(e.source, 'broader', iri(e.target));
      push(e.target, 'narrower', iri(e.source));
      continue;
    }
    push(e.source, e.kind, iri(e.target));
    if (!EDGE_RULES[e.kind].directed) push(e.target, e.kind, iri(e.source));
    if (!hierarchical(e.source, e.target)) {
      // skos:related is symmetric; SKOS tools rarely infer that, so both ends state it.
      push(e.source, 'related', iri(e.target));
      push(e.target, 'related', iri(e.source));
    }
  }

  const top = [...concepts.values()].filter((c) => c.broader === undefined);
  for (const c of top) c.topConceptOf = scheme;

  const properties: SkosProperty[] = EDGE_KINDS.filter((k) => k !== 'part-of').map((k) => ({
    '@id': `fx:${k}`,
    '@type': 'owl:ObjectProperty',
    'rdfs:subPropertyOf': { '@id': 'skos:semanticRelation' },
    'rdfs:label': langMap({ en: EDGE_RULES[k].verbs.en.forward, zh: EDGE_RULES[k].verbs.zh.forward }),
    'rdfs:comment': langMap(EDGE_RULES[k].meaning),
  }));

  return {
    '@context': context(meta),
    '@graph': [
      {
        '@id': scheme,
        '@type': 'skos:ConceptScheme',
        prefLabel: langMap({ en: meta.title.en, zh: meta.title.zh }),
        'owl:versionInfo': meta.version,
        'dct:issued': { '@value': meta.built, '@type': 'xsd:dateTime' },
        'dct:source': { '@id': dataFileUrl(meta, 'graph.json') },
        'dct:language': [LANGUAGE_TAG.en, LANGUAGE_TAG.zh],
        hasTopConcept: top.map((c) => c['@id']),
      },
      ...concepts.values(),
      ...properties,
    ],
  };
}

export const skosText = (graph: Graph, meta: ExportMeta) => `${JSON.stringify(toSkos(graph, meta), null, 2)}\n`;
