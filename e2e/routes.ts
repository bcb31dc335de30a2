import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { exampleLesson } from '../components/lessons/example-lesson';
import { encodeLesson } from '../graph/lesson-codec';
import { NODE_KINDS, type Lang, type NodeKind } from '../graph/schema';

/**
 * Every kind of page the site has, in both languages, for the audits that must visit them
 * all (accessibility, reading without JavaScript). Ids come from the built data at test
 * time, so a renamed or removed node never leaves a test pointing at nothing.
 */
export const LANGS: readonly Lang[] = ['en', 'zh'];

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

const GraphFile = z.object({ nodes: z.array(z.object({ id: z.string(), kind: z.enum(NODE_KINDS) })) });

/** The first node of each kind in public/data/graph.json (written by the build). */
export function nodeOfEachKind(): { kind: NodeKind; id: string }[] {
  const { nodes } = GraphFile.parse(JSON.parse(fs.readFileSync(root('public/data/graph.json'), 'utf8')));
  return NODE_KINDS.map((kind) => {
    const node = nodes.find((n) => n.kind === kind);
    if (!node) throw new Error(`public/data/graph.json has no node of kind "${kind}"`);
    return { kind, id: node.id };
  });
}

/** The tours, one folder each in content/tours. */
export const tourIds = (): string[] =>
  fs
    .readdirSync(root('content/tours'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

export interface Route {
  /** Names the page in test titles. */
  name: string;
  url: string;
  lang: Lang;
  /**
   * `site`: inside the site shell (skip link, banner with navigation, main, footer).
   * `bare`: a page with only a main landmark (the language chooser, the 404 page).
   * `embed`: an embedded view: a small banner (its title and one link to the full site), then main.
   */
  shell: 'site' | 'bare' | 'embed';
  /** Waits for what the page draws after it loads; the shell's own readiness is awaited for every `site` page. */
  ready?: (page: Page) => Promise<void>;
  /** Runs before the page is opened. */
  before?: (page: Page) => Promise<void>;
}

type RouteOptions = Pick<Route, 'ready' | 'before'>;

/** Opens a route and waits until its page is what a reader sees. */
export async function openRoute(page: Page, route: Route) {
  await route.before?.(page);
  await page.goto(route.url);
  // The search button is marked once the page's scripts run.
  if (route.shell === 'site') await page.locator('.search-button[data-ready]').waitFor();
  await route.ready?.(page);
}

/** One route in each language: `perLang('matrix', (l) => `/${l}/matrix/`)`. */
export const perLang = (name: string, url: (lang: Lang) => string, options: RouteOptions = {}): Route[] =>
  LANGS.map((lang) => ({ name: `${name} (${lang})`, url: url(lang), lang, shell: 'site', ...options }));

const explorerReady = (page: Page) => page.locator('.explorer[data-ready]').waitFor();
const tourReady = (page: Page) => page.locator('.tour[data-ready]').waitFor();
const resultsReady = (page: Page) => page.locator('.search-page-results li').first().waitFor();
const practiceReady = (page: Page) => page.locator('.practice-app[data-ready] .practice-form').waitFor();
const compareReady = (page: Page) => page.locator('.compare-app[data-ready]').waitFor();
const compareResultReady = (page: Page) => page.locator('#comparison').waitFor();
const measuresReady = (page: Page) => page.locator('.measures[data-ready]').waitFor();
const composerReady = (page: Page) => page.locator('.brief-composer[data-ready]').waitFor();
const briefReady = (page: Page) => page.locator('.brief-composer .brief-document').waitFor();
/** `/` forwards to a language by script; the audit reads the chooser itself, so the script is replaced by an empty one. */
async function stayOnChooser(page: Page) {
  await page.route('**/lang-redirect.js', (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
}

/** A query each language's search finds something for. */
export const SEARCH_QUERY: Record<Lang, string> = { en: 'bias', zh: '偏见' };

export function siteRoutes(): Route[] {
  return [
    { name: 'language chooser', url: '/', lang: 'en', shell: 'bare', before: stayOnChooser },
    ...perLang('home', (l) => `/${l}/`),
    ...nodeOfEachKind().flatMap(({ kind, id }) =>
      perLang(`node page of kind ${kind} (${id})`, (l) => `/${l}/nodes/${id}/`),
    ),
    ...perLang('explorer', (l) => `/${l}/explore/`, { ready: explorerReady }),
    ...perLang('explorer as a plain list', (l) => `/${l}/explore/list/`),
    ...perLang('tours', (l) => `/${l}/tours/`),
    ...tourIds().flatMap((id) => perLang(`tour ${id}, first step`, (l) => `/${l}/tours/${id}/`, { ready: tourReady })),
    ...perLang('matrix', (l) => `/${l}/matrix/`),
    ...perLang('measures table', (l) => `/${l}/measures/`, { ready: measuresReady }),
    ...perLang('brief composer, nothing chosen', (l) => `/${l}/brief/`, { ready: composerReady }),
    ...perLang('brief composed from a choice', (l) => `/${l}/brief/?challenges=bias,privacy-and-security`, {
      ready: briefReady,
    }),
    ...perLang('ready-made brief, every challenge', (l) => `/${l}/brief/all/`),
    ...perLang('ready-made brief, the data level', (l) => `/${l}/brief/data/`),
    ...perLang('relations', (l) => `/${l}/relations/`),
    ...perLang('glossary', (l) => `/${l}/glossary/`),
    ...perLang('paper', (l) => `/${l}/paper/`),
    ...perLang('compare, a pair of the paper’s', (l) => `/${l}/compare/?a=emergence&b=homogenization`, {
      ready: compareReady,
    }),
    ...perLang('compare, any pair', (l) => `/${l}/compare/?a=bias&b=fairness`, { ready: compareResultReady }),
    ...perLang('sources', (l) => `/${l}/sources/`),
    ...perLang('data', (l) => `/${l}/data/`),
    ...perLang('search results', (l) => `/${l}/search/?q=${encodeURIComponent(SEARCH_QUERY[l])}`, {
      ready: resultsReady,
    }),
    ...LANGS.map((lang): Route => ({ name: `404 page (${lang})`, url: `/${lang}/no-such-page/`, lang, shell: 'bare' })),
    ...perLang('teachers’ guide', (l) => `/${l}/teach/`),
    // With a lesson in it, so the audits see the steps as well as the empty panels.
    ...perLang('lesson builder', (l) => `/${l}/lessons/new/?lesson=${exampleLessonValue(l)}`, { ready: builderReady }),
    ...perLang('a lesson played', (l) => `/${l}/lessons/play/?lesson=${exampleLessonValue(l)}`, { ready: lessonReady }),
    ...perLang('practice', (l) => `/${l}/practice/`, { ready: practiceReady }),
    ...perLang('practice on a tour', (l) => `/${l}/practice/?tour=traits-to-risks`, { ready: practiceReady }),
    ...EMBED_VIEWS.flatMap((query) =>
      LANGS.map((lang): Route => ({
        name: `embed ${query} (${lang})`,
        url: `/embed/?${query}&lang=${lang}`,
        lang,
        shell: 'embed',
        ready: embedReady,
      })),
    ),
  ];
}

/** One address for each view an embed can show. */
export const EMBED_VIEWS = [
  'view=graph&controls=1',
  'view=local&focus=emergence&depth=2',
  'view=path&from=emergence&to=bias',
  'view=tour&tour=traits-to-risks&step=2',
  'view=matrix&levels=data',
  `view=lesson&lesson=${exampleLessonValue('en')}&step=2`,
  'view=practice&tour=mediation-and-mirroring',
];

/** The teachers' guide's example lesson, as its address carries it. */
export function exampleLessonValue(lang: Lang): string {
  return encodeLesson(exampleLesson(lang));
}

/** The builder is ready when the lesson's steps are drawn. */
const builderReady = async (page: Page) => {
  await page.locator('.lesson-builder[data-ready]').waitFor();
  await page.locator('.lesson-step-edit').first().waitFor();
};
/** A played lesson is ready when its current step's explanation has arrived. */
const lessonReady = async (page: Page) => {
  await page.locator('.tour[data-ready]').waitFor();
  await page.locator('.tour-step:not([hidden]) .lesson-explanation .prose').waitFor();
};

const embedReady = async (page: Page) => {
  await page.locator('.embed-root[data-ready]').waitFor();
  if (page.url().includes('view=tour') || page.url().includes('view=lesson'))
    await page.locator('.tour-step .prose').waitFor();
  if (page.url().includes('view=practice')) await page.locator('.practice-form').waitFor();
};
