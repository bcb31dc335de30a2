import Link from 'next/link';
import { messages } from '@/content/messages';
import { smallGraphLabels } from '@/content/messages/explore-strings';
import { lessonStrings } from '@/content/messages/lesson-strings';
import { loadTours } from '@/content/tours';
import { explorerGraph } from '@/graph/explorer-data';
import { loadGraph } from '@/graph/load';
import type { Lang } from '@/graph/schema';
import { paths } from '../paths';
import { LessonPlayer } from './lesson-player';

/**
 * `/{lang}/lessons/play/`: one static page for every lesson (the lesson is in the address,
 * which only the browser reads). Without a script it says so and where to read instead.
 */
export function PlayerPage({ lang }: { lang: Lang }) {
  const t = lessonStrings(lang);
  const m = messages(lang);
  return (
    <article className="tour-page lesson-page">
      <noscript>
        <div className="notice">
          <p>{t.noscript}</p>
          <p>
            <Link href={paths.tours(lang)}>{m.nav.tours}</Link> ·{' '}
            <Link href={paths.glossary(lang)}>{m.nav.glossary}</Link> ·{' '}
            <Link href={paths.teach(lang)}>{m.nav.teach}</Link>
          </p>
        </div>
      </noscript>
      <LessonPlayer
        lang={lang}
        graph={explorerGraph(loadGraph())}
        defaultTour={loadTours()[0]?.id ?? ''}
        embedLabel={m.embedDialog.button}
        canvas={smallGraphLabels(lang, t.graphLabel, 'tour')}
      />
    </article>
  );
}
