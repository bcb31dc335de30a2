import type { Citation, Lang } from '@/graph/schema';
import { SectionLink } from './paper/section-link';
import { Refs } from './refs';

/** The paper's own words behind a node or an edge: section (a link to it on the paper page), verbatim quote, markers. */
export function CitationList({ citations, lang }: { citations: readonly Citation[]; lang: Lang }) {
  return (
    <ul className="citations">
      {citations.map((c, i) => (
        <li key={`${c.section}-${i}`}>
          <span className="cite-section">
            <SectionLink section={c.section} lang={lang} />
          </span>{' '}
          <q lang="zh-Hans">{c.quote}</q>
          {c.refs && c.refs.length > 0 ? (
            <>
              {' '}
              <Refs lang={lang} markers={c.refs} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
