import Link from 'next/link';
import { messages } from '@/content/messages';
import { loadTours } from '@/content/tours';
import { DEFAULT_STATE } from '@/graph/explore-state';
import {
  EMBED_VIEWS,
  RESIZE_MESSAGE,
  defaultEmbedParams,
  embedUrl,
  iframeSnippet,
  type EmbedParams,
  type EmbedView,
} from '@/graph/embed-params';
import { NODE_KIND_NAMES } from '@/graph/kinds';
import { loadGraph } from '@/graph/load';
import { NODE_KINDS, type Lang } from '@/graph/schema';
import { lessonTeachStrings } from '@/content/messages/lesson-strings';
import { encodeLesson } from '@/graph/lesson-codec';
import { PlatformNotes } from './embed/platform-notes';
import { exampleLesson } from './lessons/example-lesson';
import { LessonsGuide } from './lessons/lessons-guide';
import { QuestionDownloads } from './practice/question-downloads';
import { questionBankStrings } from '@/content/messages/question-bank-strings';
import { SITE_URL, paths, withBase } from './paths';
import { PUNCTUATION, inParentheses, withColon } from '@/content/punctuation';

/**
 * The teachers' guide: what can be embedded, every parameter, how to paste an embed into
 * each course platform, the optional auto-height script, and how to link instead. Every
 * example is built with the same functions as the "Embed this view" dialog, so the guide
 * cannot drift from what the embeds accept. Reads fully without JavaScript.
 */
export function TeachPage({ lang }: { lang: Lang }) {
  const t = messages(lang);
  const g = t.teach;
  const { graph } = loadGraph();
  const tours = loadTours();
  const ctx = {
    nodeIds: new Set(graph.nodes.map((n) => n.id)),
    tours: tours.map((x) => ({ id: x.id, steps: x.steps.length })),
  };
  const site = `${SITE_URL}${withBase('')}`;
  const base: EmbedParams = { ...defaultEmbedParams(ctx), lang };
  // The examples name real ideas: a renamed or removed one fails the build here.
  const node = (id: string) => {
    const found = graph.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`components/teach-page.tsx: the example names no node "${id}"`);
    return found.id;
  };
  const examples: Record<EmbedView, EmbedParams> = {
    graph: { ...base, view: 'graph', controls: true },
    local: { ...base, view: 'local', explorer: { ...DEFAULT_STATE, focus: node('emergence'), depth: 2 } },
    path: {
      ...base,
      view: 'path',
      explorer: { ...DEFAULT_STATE, from: node('emergence'), to: node('lack-of-systematicity') },
    },
    tour: { ...base, view: 'tour', tour: tours[0]?.id ?? '', step: 1 },
    matrix: { ...base, view: 'matrix', explorer: { ...DEFAULT_STATE, levels: ['data'] } },
    lesson: { ...base, view: 'lesson', lesson: encodeLesson(exampleLesson(lang, ctx.nodeIds)) },
    practice: { ...base, view: 'practice', tour: tours[0]?.id ?? '', practice: { tour: tours[0]?.id } },
  };
  const lessons = lessonTeachStrings(lang);
  const views = { ...g.views, lesson: [lessons.viewName, lessons.viewText] as const };
  const relative = (p: EmbedParams) => embedUrl('', p, tours[0]?.id ?? '');
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label[lang] ?? id;
  const demoTitle = t.embed.titleLocal(label('emergence'));
  const sections = [
    ['views', g.viewsTitle],
    ['how', g.howTitle],
    ['parameters', g.paramsTitle],
    ['platforms', g.platformsTitle],
    ['height', g.heightTitle],
    ['questions', questionBankStrings(lang).title],
    ['links', g.linksTitle],
    ['lessons', lessons.title],
    ['access', g.accessTitle],
  ] as const;

  return (
    <article className="teach-page">
      <h1>{g.title}</h1>
      <p className="lead">{g.lead}</p>
      <nav aria-labelledby="teach-toc" className="toc">
        <h2 id="teach-toc" className="h-small">
          {g.toc}
        </h2>
        <ul>
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <ViewsSection
        lang={lang}
        examples={examples}
        views={views}
        relative={relative}
        site={site}
        demoTitle={demoTitle}
      />

      <section aria-labelledby="how">
        <h2 id="how">{g.howTitle}</h2>
        <p>{g.how}</p>
        <p>
          <Link href={paths.explore(lang)}>{t.nav.explore}</Link> · <Link href={paths.tours(lang)}>{t.nav.tours}</Link>{' '}
          · <Link href={paths.matrix(lang)}>{t.nav.matrix}</Link> ·{' '}
          <Link href={paths.node(lang, 'emergence')}>{label('emergence')}</Link>
        </p>
      </section>

      <ParametersSection lang={lang} rows={[...g.params, lessons.param]} />

      <section aria-labelledby="platforms">
        <h2 id="platforms">{g.platformsTitle}</h2>
        <p>{g.platformsIntro}</p>
        <PlatformNotes notes={g.platformNotes} />
        <p>{g.sandboxNote}</p>
      </section>

      <HeightSection lang={lang} site={site} />

      <section aria-labelledby="questions">
        <QuestionDownloads lang={lang} headingId="questions" />
      </section>

      <LinksSection lang={lang} />

      <LessonsGuide lang={lang} example={examples.lesson} defaultTour={tours[0]?.id ?? ''} />

      <section aria-labelledby="access">
        <h2 id="access">{g.accessTitle}</h2>
        <p>{g.access}</p>
      </section>
    </article>
  );
}

type Teach = ReturnType<typeof messages>['teach'];

/** What can be embedded: each view with an example address, and one embed shown live. */
function ViewsSection({
  lang,
  examples,
  views,
  relative,
  site,
  demoTitle,
}: {
  lang: Lang;
  examples: Record<EmbedView, EmbedParams>;
  views: Record<EmbedView, readonly string[]>;
  relative: (p: EmbedParams) => string;
  site: string;
  demoTitle: string;
}) {
  const t = messages(lang);
  const g = t.teach;
  return (
    <section aria-labelledby="views">
      <h2 id="views">{g.viewsTitle}</h2>
      <p>{g.viewsIntro}</p>
      <dl className="embed-views">
        {EMBED_VIEWS.map((v) => (
          <div key={v}>
            <dt>{views[v][0]}</dt>
            <dd>
              <p>{views[v][1]}</p>
              <p>
                <span className="label">{withColon(lang, g.example)}</span>
                <a href={withBase(relative(examples[v]))}>
                  <code>{relative(examples[v])}</code>
                </a>
              </p>
            </dd>
          </div>
        ))}
      </dl>
      <figure className="embed-demo">
        <iframe src={withBase(relative(examples.local))} title={demoTitle} width="100%" height={560} loading="lazy" />
        <figcaption>
          {withColon(lang, g.example)}
          <code>
            {iframeSnippet(`${site}${relative(examples.local)}`, demoTitle, 560, t.embedDialog.fallback(demoTitle))}
          </code>
        </figcaption>
      </figure>
    </section>
  );
}

/** Every parameter of `/embed/`, with its values, default and meaning. */
function ParametersSection({
  lang,
  rows,
}: {
  lang: Lang;
  rows: readonly (readonly [string, string, string, string])[];
}) {
  const g: Teach = messages(lang).teach;
  return (
    <section aria-labelledby="parameters">
      <h2 id="parameters">{g.paramsTitle}</h2>
      <p>{g.paramsIntro}</p>
      <div className="table-scroll" role="region" aria-labelledby="params-caption" tabIndex={0}>
        <table className="downloads">
          <caption id="params-caption">{g.paramsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{g.colParam}</th>
              <th scope="col">{g.colValues}</th>
              <th scope="col">{g.colDefault}</th>
              <th scope="col">{g.colMeaning}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([param, values, def, meaning]) => (
              <tr key={param}>
                <th scope="row">
                  <code>{param}</code>
                </th>
                <td>{values}</td>
                <td>{def}</td>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {g.kindsNote(
          NODE_KINDS.map((k) => `${k}${inParentheses(lang, NODE_KIND_NAMES[k][lang].many)}`).join(
            PUNCTUATION[lang].list,
          ),
        )}
      </p>
    </section>
  );
}

/** The optional auto-height script and the message it listens for. */
function HeightSection({ lang, site }: { lang: Lang; site: string }) {
  const g: Teach = messages(lang).teach;
  return (
    <section aria-labelledby="height">
      <h2 id="height">{g.heightTitle}</h2>
      <p>{g.height}</p>
      {/* Focusable so that keyboard users can scroll a long line sideways. */}
      <pre className="code-block" tabIndex={0}>
        <code>{`<script src="${site}${paths.embed('resize.js')}" async></script>`}</code>
      </pre>
      <p>{g.heightMessage}</p>
      {/* Focusable so that keyboard users can scroll a long line sideways. */}
      <pre className="code-block" tabIndex={0}>
        <code>{`window.addEventListener('message', (event) => {
  if (event.data?.type !== '${RESIZE_MESSAGE}') return;
  // event.data.height: the embed's content height in CSS pixels
});`}</code>
      </pre>
    </section>
  );
}

/** Linking instead of embedding: stable addresses. */
function LinksSection({ lang }: { lang: Lang }) {
  const g: Teach = messages(lang).teach;
  return (
    <section aria-labelledby="links">
      <h2 id="links">{g.linksTitle}</h2>
      <p>{g.links}</p>
      <ul>
        {g.linkRows.map(([what, href]) => (
          <li key={href}>
            {withColon(lang, what)}
            <a href={withBase(href)}>
              <code>{href}</code>
            </a>
          </li>
        ))}
      </ul>
      <p>{g.linksNote}</p>
    </section>
  );
}
