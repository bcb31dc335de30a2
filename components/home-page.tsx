import Link from 'next/link';
import { messages } from '@/content/messages';
import { briefStrings } from '@/content/messages/brief-strings';
import { LEVEL_NAMES } from '@/graph/kinds';
import { loadTours } from '@/content/tours';
import { loadGraph } from '@/graph/load';
import { challengesByLevel, mediationNodes, nodesOfKind } from '@/graph/queries';
import type { Lang } from '@/graph/schema';
import { NodeLink } from './node-link';
import { NodeTree } from './node-tree';
import { PaperIdentityNote } from './paper/paper-identity';
import { paths } from './paths';

/** The framework at a glance: the paper's chain of argument, and a way in for each reader. */
export function HomePage({ lang }: { lang: Lang }) {
  const t = messages(lang);
  const index = loadGraph();
  const top = (kind: Parameters<typeof nodesOfKind>[1]) => nodesOfKind(index, kind, { topLevelOnly: true });
  const tours = loadTours();
  const steps = [
    {
      key: 'traits',
      title: t.steps.traits,
      body: <NodeTree index={index} nodes={top('trait')} lang={lang} depth={3} />,
    },
    {
      key: 'challenges',
      title: t.steps.challenges,
      body: (
        <div className="levels">
          {challengesByLevel(index).map(({ level, node, challenges }) => (
            <div key={level} className={`level level-${level}`}>
              <h4>{node ? <NodeLink node={node} lang={lang} /> : LEVEL_NAMES[level][lang]}</h4>
              <NodeTree index={index} nodes={challenges} lang={lang} />
            </div>
          ))}
        </div>
      ),
    },
    {
      key: 'mediation',
      title: t.steps.mediation,
      body: <NodeTree index={index} nodes={mediationNodes(index)} lang={lang} depth={1} />,
    },
    {
      key: 'governance',
      title: t.steps.governance,
      body: <NodeTree index={index} nodes={top('governance')} lang={lang} depth={3} />,
    },
    {
      key: 'limitations',
      title: t.steps.limitations,
      body: <NodeTree index={index} nodes={top('limitation')} lang={lang} depth={3} />,
    },
    {
      key: 'recommendations',
      title: t.steps.recommendations,
      body: <NodeTree index={index} nodes={top('recommendation')} lang={lang} depth={3} />,
    },
  ];
  return (
    <>
      <section className="hero">
        <h1>{t.home.title}</h1>
        <p className="lead">{t.home.lead}</p>
        <p className="muted">{t.home.countsLine(index.graph.nodes.length, index.graph.edges.length)}</p>
        <PaperIdentityNote lang={lang} className="muted" />
      </section>

      <section aria-labelledby="audiences">
        <h2 id="audiences">{t.home.audienceTitle}</h2>
        <ul className="cards">
          <li className="card">
            <h3>{t.home.students.title}</h3>
            <p>{t.home.students.text}</p>
            <p>
              <Link href={paths.tour(lang, 'paper-in-twelve-steps')}>{t.home.students.cta}</Link>
            </p>
            <p>
              <Link href={paths.glossary(lang)}>{t.home.students.more}</Link>
            </p>
          </li>
          <li className="card">
            <h3>{t.home.policymakers.title}</h3>
            <p>{t.home.policymakers.text}</p>
            <p>
              <Link href={paths.matrix(lang)}>{t.home.policymakers.cta}</Link>
            </p>
            <p>
              <Link href={paths.brief(lang)}>{briefStrings(lang).homeCta}</Link>
            </p>
            <p>
              <Link href={paths.tour(lang, 'governance-and-limits')}>{t.home.policymakers.more}</Link>
            </p>
          </li>
          <li className="card">
            <h3>{t.home.teachers.title}</h3>
            <p>{t.home.teachers.text}</p>
            <p>
              <Link href={paths.teach(lang)}>{t.home.teachers.cta}</Link>
            </p>
            <p>
              <Link href={paths.data(lang)}>{t.home.teachers.more}</Link>
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="tours">
        <h2 id="tours">{t.home.toursTitle}</h2>
        <ul className="cards">
          {tours.map((tour) => (
            <li key={tour.id} className="card">
              <h3>
                <Link href={paths.tour(lang, tour.id)}>{tour.title[lang]}</Link>
              </h3>
              <p>{tour.summary[lang]}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="chain">
        <h2 id="chain">{t.home.chainTitle}</h2>
        <p>{t.home.chainIntro}</p>
        <ol className="chain">
          {steps.map((s, i) => (
            <li key={s.key} id={`step-${s.key}`} className={`chain-step step-${s.key}`}>
              <h3>
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {s.title}
              </h3>
              {s.body}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
