import Link from 'next/link';
import { messages } from '@/content/messages';
import { lessonStrings } from '@/content/messages/lesson-strings';
import { loadTours } from '@/content/tours';
import { explorerGraph } from '@/graph/explorer-data';
import { loadGraph } from '@/graph/load';
import type { Lang } from '@/graph/schema';
import { DATA_VERSION } from '@/graph/version';
import { paths } from '../paths';
import { LessonBuilder } from './lesson-builder';

/** `/{lang}/lessons/new/`: what the builder is for, then the builder (it needs a script; without one, where to go). */
export function BuilderPage({ lang }: { lang: Lang }) {
  const t = lessonStrings(lang);
  const tours = loadTours();
  return (
    <article className="lesson-builder-page">
      <h1>{t.builderTitle}</h1>
      <p className="lead">{t.builderLead}</p>
      <noscript>
        <div className="notice">
          <p>{t.noscript}</p>
          <ul>
            <li>
              <Link href={paths.tours(lang)}>{messages(lang).nav.tours}</Link>
            </li>
            <li>
              <Link href={paths.glossary(lang)}>{messages(lang).nav.glossary}</Link>
            </li>
            <li>
              <Link href={paths.teach(lang)}>{messages(lang).nav.teach}</Link>
            </li>
          </ul>
        </div>
      </noscript>
      <LessonBuilder
        lang={lang}
        graph={explorerGraph(loadGraph())}
        tours={tours.map((x) => ({ id: x.id, title: x.title, steps: x.steps }))}
        data={DATA_VERSION}
        embedLabel={messages(lang).embedDialog.button}
      />
    </article>
  );
}
