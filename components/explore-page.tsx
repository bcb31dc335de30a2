import { messages } from '@/content/messages';
import { exploreStrings, numberedStages } from '@/content/messages/explore-strings';
import { loadTours } from '@/content/tours';
import { explorerGraphFor } from '@/graph/explorer-data';
import { loadGraph } from '@/graph/load';
import { openingPicture } from '@/graph/opening-picture';
import type { Lang } from '@/graph/schema';
import { Explorer } from './explorer/explorer';
import { paths } from './paths';

/**
 * The explorer page: a one-line introduction, then the graph filling the screen. Its
 * opening view is drawn here, at build time, so the argument reads before any script runs;
 * readers without JavaScript also get the plain list of every idea and link.
 */
export async function ExplorePage({ lang }: { lang: Lang }) {
  const t = exploreStrings(lang);
  const index = loadGraph();
  const opening = await openingPicture(index, lang, numberedStages(t));
  return (
    <div className="explore-page">
      <noscript>
        <p className="notice">
          {t.noscript} <a href={paths.exploreList(lang)}>{t.plainList}</a>
        </p>
      </noscript>
      <Explorer
        lang={lang}
        graph={explorerGraphFor(index, lang)}
        defaultTour={loadTours()[0]?.id ?? ''}
        embedLabel={messages(lang).embedDialog.button}
        opening={{ ...opening, draw: true }}
        intro={{ title: t.title, line: t.oneLine }}
      />
    </div>
  );
}
