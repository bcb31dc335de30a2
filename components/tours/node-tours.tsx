import Link from 'next/link';
import { toursStrings } from '@/content/messages/tour-strings';
import { loadTours } from '@/content/tours';
import type { Lang, Node } from '@/graph/schema';
import { toursOf } from '@/graph/tour-steps';
import { paths } from '../paths';

/** A node page's "Appears in tours": each tour with a step about this idea, and those steps. */
export function NodeTours({ node, lang }: { node: Node; lang: Lang }) {
  const t = toursStrings(lang);
  const tours = loadTours();
  const appearances = toursOf(tours, node.id);
  if (appearances.length === 0) return null;
  return (
    <section aria-labelledby="in-tours" className="node-tours">
      <h2 id="in-tours">{t.appearsIn}</h2>
      <ul>
        {appearances.map(({ tour: id, steps }) => {
          const tour = tours.find((x) => x.id === id);
          if (!tour) return null;
          return (
            <li key={id}>
              <Link href={paths.tour(lang, id)}>{tour.title[lang]}</Link>
              <ul className="node-tour-steps">
                {steps.map((n) => (
                  <li key={n}>
                    <Link href={stepHref(lang, id, n)}>
                      {t.progress(n, tour.steps.length)}: {tour.steps[n - 1]?.title[lang]}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A step's address: `?step=N` for the player, `#step-N` so it also lands there without JavaScript. */
export const stepHref = (lang: Lang, tour: string, step: number) => `${paths.tour(lang, tour, step)}#step-${step}`;
