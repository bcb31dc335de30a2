/**
 * Step two of the build, after build-data: every download of the data page, generated
 * from the one validated graph, written beside graph.json.
 *
 *   validated graph  →  public/data/graph.cyjs, graph.graphml, nodes.csv, edges.csv,
 *                       kumu-elements.csv, kumu-connections.csv, skos.jsonld,
 *                       references.bib, references.json, CHANGELOG.md, datapackage.json
 *
 * Each file carries the data version and the build date. SOURCE_DATE_EPOCH (seconds), the
 * reproducible-builds convention, fixes the build date; otherwise it is now.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { z } from 'zod';
import { SITE_URL, paths } from '../components/paths';
import { messages } from '../content/messages';
import { cyjsText } from '../graph/exports/cyjs';
import { DataPackage, dataPackage, type WrittenFile } from '../graph/exports/datapackage';
import { DATAPACKAGE_FILE, DOWNLOADS, type DownloadFile } from '../graph/exports/downloads';
import { gephiEdgesCsv, gephiNodesCsv } from '../graph/exports/gephi-csv';
import { toGraphml } from '../graph/exports/graphml';
import { kumuConnectionsCsv, kumuElementsCsv } from '../graph/exports/kumu-csv';
import { buildTimestamp, type ExportMeta } from '../graph/exports/meta';
import { referencesBib, referencesCslJson } from '../graph/exports/references';
import { skosText } from '../graph/exports/skos';
import { loadGraph } from '../graph/load';
import { Graph } from '../graph/schema';

const started = Date.now();
const dataDir = path.join(process.cwd(), 'public', 'data');
const changelog = path.join(process.cwd(), 'graph', 'CHANGELOG.md');

const { graph } = loadGraph();

// graph.json and its schema are build-data's output and the public contract: check that
// they are there, current, and agree with each other before publishing anything beside them.
const readJson = (file: string): unknown => {
  const p = path.join(dataDir, file);
  if (!fs.existsSync(p))
    throw new Error(`public/data/${file} is missing: run scripts/build-data.ts first (npm run data)`);
  return JSON.parse(fs.readFileSync(p, 'utf8'));
};
const published = readJson('graph.json');
// zod writes `format: "uri"` for URLs; Ajv leaves formats to plugins, and the WHATWG URL
// parser is the same notion of a URL that zod's z.url() checks.
const ajv = new Ajv2020({ allErrors: true, strict: false }).addFormat('uri', (s: string) => URL.canParse(s));
const validate = ajv.compile(z.record(z.string(), z.unknown()).parse(readJson('graph.schema.json')));
if (!validate(published)) {
  throw new Error(
    `public/data/graph.json does not match graph.schema.json: ${JSON.stringify(validate.errors, null, 2)}`,
  );
}
// graph.json carries its build time; the downloads carry the same one.
const { built, ...publishedGraph } = Graph.parse(published);
if (JSON.stringify(publishedGraph) !== JSON.stringify(Graph.parse(graph))) {
  throw new Error('public/data/graph.json is not the current graph: run scripts/build-data.ts first (npm run data)');
}

const site = `${SITE_URL}${process.env.BASE_PATH ?? ''}`;
const meta: ExportMeta = {
  version: graph.version,
  built: built ?? buildTimestamp(),
  site,
  nodeUrl: (lang, id) => `${site}${paths.node(lang, id)}`,
  title: { en: messages('en').data.datasetTitle, zh: messages('zh').data.datasetTitle },
};

const generated: Partial<Record<DownloadFile, (g: Graph, m: ExportMeta) => string>> = {
  'graph.cyjs': cyjsText,
  'graph.graphml': toGraphml,
  'nodes.csv': gephiNodesCsv,
  'edges.csv': gephiEdgesCsv,
  'kumu-elements.csv': kumuElementsCsv,
  'kumu-connections.csv': kumuConnectionsCsv,
  'skos.jsonld': skosText,
  'references.bib': referencesBib,
  'references.json': referencesCslJson,
};

for (const [file, make] of Object.entries(generated)) fs.writeFileSync(path.join(dataDir, file), make(graph, meta));
fs.copyFileSync(changelog, path.join(dataDir, 'CHANGELOG.md'));

// Describe what is actually on disk, so sizes and checksums are those of the published bytes.
const written: WrittenFile[] = DOWNLOADS.filter((d) => d.file !== DATAPACKAGE_FILE).map((d) => {
  const bytes = fs.readFileSync(path.join(dataDir, d.file));
  return { file: d.file, bytes: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
});
const descriptor = DataPackage.parse(dataPackage(meta, written));
fs.writeFileSync(path.join(dataDir, DATAPACKAGE_FILE), `${JSON.stringify(descriptor, null, 2)}\n`);

console.log(
  `✔ wrote ${DOWNLOADS.length} data files (version ${meta.version}, built ${meta.built}) to public/data/ (${Date.now() - started} ms)`,
);
