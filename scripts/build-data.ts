/**
 * Step one of the build: validate graph and content, then write what the pages and the
 * public data contract read. `--check` validates only (npm run check).
 *
 *   graph/data/*.yaml + content/nodes/**  →  .generated/mdx/*.js, public/data/graph.json,
 *                                            public/data/graph.schema.json
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { buildGraph } from '../graph/build';
import { indexGraph, readDataFiles } from '../graph/load';
import { formatProblem, type Problem } from '../graph/problems';
import { COPY_MAX_HAN, findPaper, makeCopyFinder, makeQuoteChecker, makeSectionFinder } from '../graph/quotes';
import { Graph } from '../graph/schema';
import { buildBodyIndex, buildCoreIndex, searchRecords } from '../graph/search-build';
import { DATA_VERSION } from '../graph/version';
import { buildTimestamp } from '../graph/exports/meta';
import { COMPILED_DIR, checkContent, readContentFiles } from '../content/load';
import { quotesIn } from '../content/mdx';
import { IHDE_RELATIONS, REFRAMING } from '../content/relations';
import { TOURS_COMPILED_DIR, checkTours, readTourFiles } from '../content/tours';
import { QUOTE_SHARE_MAX, formatShare, quoteShareProblems, type QuoteShare } from '../graph/quote-share';
import { collectQuotations } from './quotations';
import { bannedTerms, englishOfMdx } from '../content/terms';
import { QUOTE_SHARE_FILE } from '../content/quote-share';

const checkOnly = process.argv.includes('--check');
// `--only graph/data/x.yaml` shows only the problems of that file's nodes and edges (and
// their explanations): handy while one author works on one part of the paper.
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? process.argv[onlyArg + 1] : undefined;
const started = Date.now();

const { graph, fileOf, knownIds, problems } = buildGraph(readDataFiles(), DATA_VERSION);
const { files, stray } = readContentFiles();
// Nodes rejected for a bad field count too: their explanations and tour steps are not "unknown".
const nodeIds = knownIds;
const content = await checkContent(files, stray, nodeIds);
problems.push(...content.problems);
const tourFiles = readTourFiles();
const tours = await checkTours(tourFiles, nodeIds);
problems.push(...tours.problems);
// Tour texts are explanations too: the same quote and own-words rules apply to them.
const tourTexts = tourFiles.flatMap((t) =>
  [...t.texts.entries()].map(([key, text]) => ({ id: `${t.id} ${key}`, path: text.path, source: text.source })),
);

const paperPath = findPaper();
if (paperPath === undefined) {
  console.warn(
    'note: the paper (../shared/source/paper.zh.txt or PAPER_PATH) was not found, so quotes were not compared with it',
  );
} else {
  const verbatim = makeQuoteChecker(fs.readFileSync(paperPath, 'utf8'));
  const notInPaper = (file: string, id: string, field: string, quote: string): Problem => ({
    file,
    id,
    field,
    message: `the quote is not verbatim in the paper: "${quote}"`,
    fix: 'copy the clause from the paper exactly (only whitespace may differ)',
  });
  const sectionsOf = makeSectionFinder(fs.readFileSync(paperPath, 'utf8'));
  // A citation names the section its quote stands in: the innermost heading above it.
  const wrongSection = (file: string, id: string, field: string, quote: string, section: string, fix: string) => {
    const found = sectionsOf(quote);
    if (found.length === 0 || found.some((s) => s === section)) return [];
    const where = found.map((s) => (s === 'abstract' ? 'the abstract' : `§${s}`)).join(' and ');
    return [
      {
        file,
        id,
        field,
        message: `the quote stands in ${where} of the paper, not in ${section === 'abstract' ? 'the abstract' : `§${section}`}: "${quote.trim()}"`,
        fix: fix.replace('{section}', found[0] ?? ''),
      },
    ];
  };
  for (const item of [...graph.nodes, ...graph.edges]) {
    if ('kind' in item && item.kind === 'cited-for') continue;
    item.citations.forEach((c, i) => {
      const file = fileOf.get(item.id) ?? '(unknown)';
      if (!verbatim(c.quote)) problems.push(notInPaper(file, item.id, `citations[${i}].quote`, c.quote));
      problems.push(
        ...wrongSection(file, item.id, `citations[${i}].section`, c.quote, c.section, 'set section: "{section}"'),
      );
    });
  }
  for (const r of [...IHDE_RELATIONS, REFRAMING.from, REFRAMING.to]) {
    if (!verbatim(r.formula)) problems.push(notInPaper('content/relations.ts', r.id, 'formula', r.formula));
  }
  const copies = makeCopyFinder(fs.readFileSync(paperPath, 'utf8'));
  // Summaries and notes are ours too: the same own-words rule as the explanations.
  const ownWords = [
    ...graph.nodes.map((n) => ({ id: n.id, field: 'summary.zh', text: n.summary.zh })),
    ...graph.edges.flatMap((e) => (e.note ? [{ id: e.id, field: 'note.zh', text: e.note.zh }] : [])),
  ];
  for (const item of ownWords) {
    for (const run of copies(item.text)) {
      problems.push({
        file: fileOf.get(item.id) ?? '(unknown)',
        id: item.id,
        field: item.field,
        message: `copies the paper word for word (more than ${COPY_MAX_HAN} Chinese characters): "${run}"`,
        fix: 'say it in our own words; the verbatim words belong in a citation quote',
      });
    }
  }
  for (const f of [...files, ...tourTexts]) {
    for (const q of quotesIn(f.source)) {
      if (!verbatim(q.text)) problems.push(notInPaper(f.path, f.id, `line ${q.line} <Quote>`, q.text.trim()));
      problems.push(
        ...wrongSection(f.path, f.id, `line ${q.line} <Quote>`, q.text, q.section, 'set section="{section}"'),
      );
    }
    for (const run of copies(f.source)) {
      problems.push({
        file: f.path,
        id: f.id,
        field: '(prose)',
        message: `copies the paper word for word outside a <Quote> (more than ${COPY_MAX_HAN} Chinese characters): "${run}"`,
        fix: 'say it in our own words, or keep a short clause of it as a marked <Quote section="…">',
      });
    }
  }
}

// One English term per Chinese term (content/terms.ts): no listed variant in English text.
const termProblem = (file: string, id: string, field: string, text: string): Problem[] =>
  bannedTerms(text).map((hit) => ({
    file,
    id,
    field,
    message: `"${hit.found}" is not the site's term for ${hit.rule.zh}`,
    fix: `write "${hit.rule.preferred}" (the term list is in content/AUTHORING.md)`,
  }));
for (const n of graph.nodes) {
  const file = fileOf.get(n.id) ?? '(unknown)';
  problems.push(
    ...termProblem(file, n.id, 'label.en', n.label.en),
    ...termProblem(file, n.id, 'summary.en', n.summary.en),
  );
  if (n.noLevel) problems.push(...termProblem(file, n.id, 'noLevel.en', n.noLevel.en));
}
for (const e of graph.edges)
  if (e.note) problems.push(...termProblem(fileOf.get(e.id) ?? '(unknown)', e.id, 'note.en', e.note.en));
for (const f of files)
  if (f.lang === 'en') problems.push(...termProblem(f.path, f.id, '(English text)', englishOfMdx(f.source)));
for (const t of tourTexts)
  if (t.path.endsWith('.en.mdx')) problems.push(...termProblem(t.path, t.id, '(English text)', englishOfMdx(t.source)));
for (const t of tours.tours) {
  const english = [t.title.en, t.summary.en, ...t.steps.map((s) => s.title.en)].join('\n');
  problems.push(...termProblem(`content/tours/${t.id}/tour.yaml`, t.id, 'en', english));
}

// Quote like a scholar, not a reprint: all quotations together stay under a share of the
// paper, and no stretch of it is quoted at length (graph/quote-share.ts).
let share: QuoteShare | undefined;
if (paperPath !== undefined) {
  const quotes = collectQuotations(graph, [...files, ...tourTexts]).map((q) => q.text);
  const measured = quoteShareProblems(fs.readFileSync(paperPath, 'utf8'), quotes);
  share = measured.share;
  problems.push(...measured.problems);
}

if (only !== undefined) {
  const mine = (p: Problem) => p.file === only || p.file.startsWith(only) || fileOf.get(p.id) === only;
  const kept = problems.filter(mine);
  problems.length = 0;
  problems.push(...kept);
}

if (problems.length > 0) {
  console.error(`✘ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the framework data:\n`);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

const quoted = share
  ? `, quotations cover ${formatShare(share.share)} of the paper (longest stretch ${share.longest.length} characters)`
  : '';
const stats = `${graph.nodes.length} nodes, ${graph.edges.length} edges, ${files.length} explanations, ${tours.tours.length} tours${quoted}`;
if (checkOnly) {
  console.log(`✔ framework data valid: ${stats} (${Date.now() - started} ms)`);
  process.exit(0);
}

fs.rmSync(COMPILED_DIR, { recursive: true, force: true });
fs.mkdirSync(COMPILED_DIR, { recursive: true });
for (const [key, code] of content.compiled) fs.writeFileSync(path.join(COMPILED_DIR, `${key}.js`), code);
fs.rmSync(TOURS_COMPILED_DIR, { recursive: true, force: true });
fs.mkdirSync(TOURS_COMPILED_DIR, { recursive: true });
for (const [key, code] of tours.compiled) {
  fs.mkdirSync(path.join(TOURS_COMPILED_DIR, path.dirname(key)), { recursive: true });
  fs.writeFileSync(path.join(TOURS_COMPILED_DIR, `${key}.js`), code);
}
fs.writeFileSync(path.join(TOURS_COMPILED_DIR, 'tours.json'), JSON.stringify(tours.tours));
// The sources page states the share; without the paper there is no figure to state.
fs.rmSync(QUOTE_SHARE_FILE, { force: true });
if (share)
  fs.writeFileSync(
    QUOTE_SHARE_FILE,
    JSON.stringify({ share: share.share, longest: share.longest.length, max: QUOTE_SHARE_MAX }),
  );

const dataDir = path.join(process.cwd(), 'public', 'data');
fs.mkdirSync(dataDir, { recursive: true });
// Parse once more at the boundary: what we publish is exactly what the schema allows.
const published = Graph.parse({ ...graph, built: buildTimestamp() });
fs.writeFileSync(path.join(dataDir, 'graph.json'), `${JSON.stringify(published, null, 2)}\n`);
const schema = {
  ...z.toJSONSchema(Graph, { io: 'output' }),
  title: 'Framework explorer graph',
  $id: 'graph.schema.json',
  $comment: `Data version ${DATA_VERSION}, built ${published.built ?? ''}; generated from graph/schema.ts`,
};
fs.writeFileSync(path.join(dataDir, 'graph.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);

// The search indexes: the core one the palette fetches when first opened, and the words of
// the explanations, fetched after it (see graph/search.ts).
const searchDir = path.join(process.cwd(), 'public', 'search');
fs.mkdirSync(searchDir, { recursive: true });
const core = buildCoreIndex(searchRecords(indexGraph(published, fileOf)), DATA_VERSION);
fs.writeFileSync(path.join(searchDir, 'core.json'), JSON.stringify(core));
fs.writeFileSync(path.join(searchDir, 'body.json'), JSON.stringify(buildBodyIndex(files)));
console.log(`✔ wrote ${stats} and the search indexes (${Date.now() - started} ms)`);
