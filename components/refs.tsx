import Link from 'next/link';
import type { Lang } from '@/graph/schema';
import { markerAnchor } from '@/graph/queries';
import { paths, withBase } from './paths';

/** Reference markers as links to the cited work on the sources page (`plainLinks`: see MdxContent). */
export function Refs({
  lang,
  markers,
  plainLinks = false,
}: {
  lang: Lang;
  markers: readonly string[];
  plainLinks?: boolean;
}) {
  return (
    <span className="refs">
      {markers.map((m) =>
        plainLinks ? (
          <a
            key={m}
            href={withBase(paths.sources(lang, markerAnchor(m)))}
            className="ref-marker"
            target="_blank"
            rel="noopener"
          >
            {m}
          </a>
        ) : (
          <Link key={m} href={paths.sources(lang, markerAnchor(m))} className="ref-marker">
            {m}
          </Link>
        ),
      )}
    </span>
  );
}
