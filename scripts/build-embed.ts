/**
 * Step three of the build, after build-data: the files embeds need beside the pages.
 *
 *   tours      →  public/embed/tours/<tour>.<lang>.json   each step's text as HTML, for
 *                 `/embed/?view=tour` (a sandboxed frame fetches it cross-origin; the
 *                 header files send Access-Control-Allow-Origin: * for it)
 *   nodes      →  public/embed/nodes/<id>.<lang>.json   each idea's explanation as HTML and
 *                 its citations, for teachers' lessons (the player and `/embed/?view=lesson`
 *                 show any idea, so each is fetched when a lesson names it)
 *   questions  →  public/embed/questions.<lang>.json   the question bank in one language, for
 *                 `/embed/?view=practice` (fetched cross-origin like the tour texts)
 *   nodes, tours → public/oembed/<lang>/{nodes,tours}/<id>.json   oEmbed "rich" responses,
 *                 announced by a discovery link on the matching pages
 *
 * Step texts are rendered here, once, with the same MDX components as the tour pages
 * (links as plain anchors that open the full site in a new tab), so the embed needs no
 * MDX runtime and no eval in the browser.
 */
import './base-path-env';
import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MdxContent } from '../components/explanation';
import { SITE_URL, paths, withBase } from '../components/paths';
import { messages } from '../content/messages';
import { compiledExplanation } from '../content/load';
import { loadQuestionBank } from '../content/questions';
import { compiledStep, loadTours } from '../content/tours';
import { PracticeFile, toPractice } from '../graph/questions/practice';
import { DEFAULT_STATE } from '../graph/explore-state';
import { defaultEmbedParams, embedUrl, iframeSnippet, type EmbedParams } from '../graph/embed-params';
import { loadGraph } from '../graph/load';
import { LANGS, type Lang } from '../graph/schema';
import { DATA_VERSION } from '../graph/version';

const started = Date.now();
const publicDir = path.join(process.cwd(), 'public');
const site = `${SITE_URL}${withBase('')}`;

const write = (rel: string, value: unknown) => {
  const file = path.join(publicDir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value)}\n`);
};

// Start clean, so a removed tour or node leaves no stale file behind.
for (const dir of ['embed/tours', 'embed/nodes', 'oembed'])
  fs.rmSync(path.join(publicDir, dir), { recursive: true, force: true });

const tours = loadTours();
const { graph } = loadGraph();
const ctx = {
  nodeIds: new Set(graph.nodes.map((n) => n.id)),
  tours: tours.map((t) => ({ id: t.id, steps: t.steps.length })),
};

let stepFiles = 0;
for (const tour of tours) {
  for (const lang of LANGS) {
    const steps = tour.steps.map((_, i) =>
      renderToStaticMarkup(
        createElement(MdxContent, { code: compiledStep(tour.id, i + 1, lang), lang, plainLinks: true }),
      ),
    );
    write(paths.embedTourText(tour.id, lang), { version: DATA_VERSION, tour: tour.id, lang, steps });
    stepFiles += 1;
  }
}

let nodeFiles = 0;
for (const node of graph.nodes) {
  for (const lang of LANGS) {
    const html = renderToStaticMarkup(
      createElement(MdxContent, { code: compiledExplanation(node.id, lang), lang, plainLinks: true }),
    );
    const citations = node.citations.map((c) => ({ section: c.section, quote: c.quote, refs: c.refs ?? [] }));
    write(paths.embedNodeText(node.id, lang), { version: DATA_VERSION, id: node.id, lang, html, citations });
    nodeFiles += 1;
  }
}

/** Heights that show each view without a scrollbar at a typical course-page width. */
const HEIGHT = { local: 640, tour: 760 } as const;
const WIDTH = 800;

const oembed = (lang: Lang, title: string, params: EmbedParams, height: number) => {
  const t = messages(lang);
  const src = embedUrl(site, params, tours[0]?.id ?? '');
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: t.siteTitle,
    provider_url: `${site}/${lang}/`,
    html: iframeSnippet(src, title, height, t.embedDialog.fallback(title)),
    width: WIDTH,
    height,
    cache_age: 86400,
  };
};

let oembedFiles = 0;
for (const lang of LANGS) {
  const base = { ...defaultEmbedParams(ctx), lang };
  for (const node of graph.nodes) {
    const params: EmbedParams = { ...base, view: 'local', explorer: { ...DEFAULT_STATE, focus: node.id } };
    write(
      paths.oembedNode(lang, node.id),
      oembed(lang, messages(lang).embed.titleLocal(node.label[lang]), params, HEIGHT.local),
    );
    oembedFiles += 1;
  }
  for (const tour of tours) {
    write(
      paths.oembedTour(lang, tour.id),
      oembed(lang, tour.title[lang], { ...base, view: 'tour', tour: tour.id }, HEIGHT.tour),
    );
    oembedFiles += 1;
  }
}

// The question bank, one file per language, for `/embed/?view=practice` (fetched across origins).
const bank = loadQuestionBank();
for (const lang of LANGS) {
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label;
  const file = PracticeFile.parse({
    version: DATA_VERSION,
    lang,
    questions: bank.questions.map((q) => toPractice(q, lang, label)),
  });
  write(paths.embedQuestions(lang), file);
}

console.log(
  `build-embed: ${stepFiles} tour texts, ${nodeFiles} explanations, ${oembedFiles} oEmbed responses and ${LANGS.length} question files in ${Date.now() - started} ms`,
);
