import Link from 'next/link';
import { messages } from '@/content/messages';
import { compiledStep, loadTours, type Tour } from '@/content/tours';
import { embedParamsFor } from '@/graph/embed-params';
import { explorerGraph, pictureGraph } from '@/graph/explorer-data';
import { presetOf } from '@/graph/build-pictures';
import { exploreStrings, numberedStages, smallGraphLabels } from '@/content/messages/explore-strings';
import { loadGraph } from '@/graph/load';
import { sortByLabel } from '@/graph/pinyin';
import type { Lang, Node } from '@/graph/schema';
import { nextTour } from '@/graph/tour-steps';
import { PageCitation } from '../cite-this';
import { CheckYourself } from '../practice/check-yourself';
import { MdxContent } from '../explanation';
import { NodeLink } from '../node-link';
import { paths } from '../paths';
import { TourEnd } from './tour-end';
import { TourPlayer } from './tour-player';

/** A tour: every step in order (the whole tour reads without JavaScript), enhanced into a player. */
export async function TourPage({ tour, lang }: { tour: Tour; lang: Lang }) {
  const t = messages(lang).tours;
  const index = loadGraph();
  const tours = loadTours();
  const ids = new Set(tour.steps.flatMap((s) => s.nodes));
  const full = explorerGraph(index);
  const graph = pictureGraph({
    nodes: full.nodes.filter((n) => ids.has(n.id)),
    edges: full.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  });
  const total = tour.steps.length;
  const defaultTour = tours[0]?.id ?? '';
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
          params: embedParamsFor('tour', lang, defaultTour, { tour: tour.id }),
          titles: tour.title,
          defaultTour,
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
              <StepIdeas
                lang={lang}
                nodes={step.nodes.flatMap((id) => {
                  const node = index.node.get(id);
                  return node ? [node] : [];
                })}
              />
              <MdxContent code={compiledStep(tour.id, i + 1, lang)} lang={lang} />
              <p className="step-link">
                <a href={`?step=${i + 1}`}>{t.stepLink}</a>
              </p>
              {i === total - 1 ? (
                <>
                  <CheckYourself lang={lang} tour={tour.id} level={3} />
                  <TourEnd tour={tour} next={nextTour(tours, tour.id)} lang={lang} />
                </>
              ) : null}
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

/** The step's ideas as chips right under its title, sorted by label (by pinyin in Chinese). */
function StepIdeas({ nodes, lang }: { nodes: Node[]; lang: Lang }) {
  const t = messages(lang).tours;
  return (
    <div className="step-ideas">
      <p className="label">{t.stepIdeas}</p>
      <ul className="idea-chips">
        {sortByLabel(nodes, lang).map((node) => (
          <li key={node.id}>
            <NodeLink node={node} lang={lang} />
          </li>
        ))}
      </ul>
    </div>
  );
}
