import Link from 'next/link';
import type { Lang } from '@/graph/schema';
import { markerAnchor } from '@/graph/queries';
import { paths } from './paths';

/** Reference markers as links to the cited work on the sources page. */
export function Refs({ lang, markers }: { lang: Lang; markers: readonly string[] }) {
  return (
    <span className="refs">
      {markers.map((m) => (
        <Link key={m} href={paths.sources(lang, markerAnchor(m))} className="ref-marker">
          {m}
        </Link>
      ))}
    </span>
  );
}
