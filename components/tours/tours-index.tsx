import Link from 'next/link';
import { messages } from '@/content/messages';
import { loadTours } from '@/content/tours';
import type { Lang } from '@/graph/schema';
import { paths } from '../paths';

export function ToursIndex({ lang }: { lang: Lang }) {
  const t = messages(lang).tours;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <ul className="cards">
        {loadTours().map((tour) => (
          <li key={tour.id} className="card">
            <h2 className="h-small">
              <Link href={paths.tour(lang, tour.id)}>{tour.title[lang]}</Link>
            </h2>
            <p>{tour.summary[lang]}</p>
            <p className="muted">{t.steps(tour.steps.length)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
