import { messages } from '@/content/messages';
import type { Citation, Lang } from '@/graph/schema';
import { Refs } from './refs';

/** The paper's own words behind a node or an edge: section, verbatim quote, markers. */
export function CitationList({ citations, lang }: { citations: readonly Citation[]; lang: Lang }) {
  const t = messages(lang);
  return (
    <ul className="citations">
      {citations.map((c, i) => (
        <li key={`${c.section}-${i}`}>
          <span className="cite-section">{t.node.section(c.section)}</span> <q lang="zh-Hans">{c.quote}</q>
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
