import Link from 'next/link';
import { messages } from '@/content/messages';
import { compiledStep, loadTours, type Tour } from '@/content/tours';
import { embedParamsFor } from '@/graph/embed-params';
import { explorerGraph } from '@/graph/explorer-data';
import { presetOf } from '@/graph/build-pictures';
import { exploreStrings, numberedStages, smallGraphLabels } from '@/content/messages/explore-strings';
import { loadGraph } from '@/graph/load';
import type { Lang } from '@/graph/schema';
import { PageCitation } from '../cite-this';
import { MdxContent } from '../explanation';
import { NodeLink } from '../node-link';
import { paths } from '../paths';
import { TourPlayer } from './tour-player';

/** A tour: every step in order (the whole tour reads without JavaScript), enhanced into a player. */
export async function TourPage({ tour, lang }: { tour: Tour; lang: Lang }) {
  const t = messages(lang).tours;
  const index = loadGraph();
  const ids = new Set(tour.steps.flatMap((s) => s.nodes));
  const full = explorerGraph(index);
  const graph = {
    nodes: full.nodes.filter((n) => ids.has(n.id)),
    edges: full.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
  const total = tour.steps.length;
  return (
    <article className="tour-page">
      <p className="eyebrow">
        <Link href={paths.tours(lang)}>{t.allTours}</Link>
      </p>
      <h1>{tour.title[lang]}</h1>
      <p className="lead">{tour.summary[lang]}</p>
      <TourPlayer
        lang={lang}
        steps={tour.steps.map((s) => ({ title: s.title[lang], nodes: s.nodes }))}
        graph={graph}
        embed={{
          params: embedParamsFor('tour', lang, loadTours()[0]?.id ?? '', { tour: tour.id }),
          titles: tour.title,
          defaultTour: loadTours()[0]?.id ?? '',
          label: messages(lang).embedDialog.button,
        }}
        canvas={smallGraphLabels(lang, t.graphLabel, 'tour')}
        preset={await presetOf(graph, lang, numberedStages(exploreStrings(lang)))}
      >
        <ol className="step-list">
          {tour.steps.map((step, i) => (
            <li key={i} id={`step-${i + 1}`} data-step={i + 1} className="tour-step">
              <p className="muted step-count">{t.progress(i + 1, total)}</p>
              <h2 tabIndex={-1}>{step.title[lang]}</h2>
              <MdxContent code={compiledStep(tour.id, i + 1, lang)} lang={lang} />
              <p className="step-ideas">
                <span className="label">{t.stepIdeas}: </span>
                {step.nodes.map((id, k) => {
                  const node = index.node.get(id);
                  return node ? (
                    <span key={id}>
                      {k > 0 ? ' · ' : ''}
                      <NodeLink node={node} lang={lang} />
                    </span>
                  ) : null;
                })}
              </p>
              <p className="step-link">
                <a href={`?step=${i + 1}`}>{t.stepLink}</a>
              </p>
            </li>
          ))}
        </ol>
      </TourPlayer>
      <section aria-labelledby="cite-this" className="cite-this">
        <h2 id="cite-this">{messages(lang).cite.title}</h2>
        <p className="muted">{messages(lang).cite.intro}</p>
        <PageCitation
          lang={lang}
          id={`explorer-tour-${tour.id}`}
          title={tour.title[lang]}
          path={paths.tour(lang, tour.id)}
        />
      </section>
    </article>
  );
}
