import Link from 'next/link';
import { toursStrings } from '@/content/messages/tour-strings';
import type { Tour } from '@/content/tours';
import { explorerGraph } from '@/graph/explorer-data';
import { loadGraph } from '@/graph/load';
import type { Lang } from '@/graph/schema';
import { tourFocus } from '@/graph/tour-focus';
import { tourIdeas } from '@/graph/tour-steps';
import { paths } from '../paths';

/**
 * The end of a tour is not a dead end: the next tour, and the explorer focused on the
 * tour's ideas (the focus and depth that show most of them in the smallest view), with
 * how many of them it shows. Rendered inside the last step, so it reads without JavaScript.
 * (Practice questions for a tour will be linked here once the practice page exists.)
 */
export function TourEnd({ tour, next, lang }: { tour: Tour; next: Tour | undefined; lang: Lang }) {
  const t = toursStrings(lang);
  const index = loadGraph();
  const focus = tourFocus(explorerGraph(index), tourIdeas(tour));
  const focusLabel = focus ? index.node.get(focus.focus)?.label[lang] : undefined;
  return (
    <aside className="tour-end" aria-labelledby={`tour-end-${tour.id}`}>
      <h3 id={`tour-end-${tour.id}`}>{t.whatNext}</h3>
      <p className="muted">{t.finished}</p>
      <ul>
        {next ? (
          <li>
            <Link href={paths.tour(lang, next.id)}>{t.nextTour(next.title[lang])}</Link>
            <span className="muted"> — {next.summary[lang]}</span>
          </li>
        ) : null}
        {focus && focusLabel ? (
          <li>
            <Link href={paths.explore(lang, focus.query)}>{t.exploreIdeas}</Link>
            <span className="muted"> — {t.exploreIdeasNote(focusLabel, focus.depth, focus.covered, focus.total)}</span>
          </li>
        ) : null}
        <li>
          <Link href={paths.tours(lang)}>{t.allToursLink}</Link>
        </li>
      </ul>
    </aside>
  );
}
