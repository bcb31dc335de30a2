import { messages } from '@/content/messages';
import { loadQuoteShare } from '@/content/quote-share';
import { formatShare } from '@/graph/quote-share';
import { loadGraph } from '@/graph/load';
import { markerAnchor, sourceEntries, type SourceEntry } from '@/graph/queries';
import type { Lang } from '@/graph/schema';
import { NodeLink } from './node-link';
import { PUNCTUATION, withColon } from '@/content/punctuation';

/** The source paper, then every work it cites with what it is cited for and by which ideas. */
export function SourcesPage({ lang }: { lang: Lang }) {
  const t = messages(lang).sources;
  const entries = sourceEntries(loadGraph());
  const numbered = entries.filter((e) => e.node.reference?.marker.startsWith('['));
  const footnotes = entries.filter((e) => !e.node.reference?.marker.startsWith('['));
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <section aria-labelledby="paper">
        <h2 id="paper">{t.paperTitle}</h2>
        <p>{t.paperText}</p>
        <QuoteShareNote lang={lang} />
      </section>
      <SourceList id="numbered" title={t.numbered} entries={numbered} lang={lang} />
      <SourceList id="footnotes" title={t.footnotes} entries={footnotes} lang={lang} />
    </>
  );
}

function SourceList({ id, title, entries, lang }: { id: string; title: string; entries: SourceEntry[]; lang: Lang }) {
  const t = messages(lang).sources;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ol className="source-list">
        {entries.map(({ node, citedBy }) => {
          const ref = node.reference;
          if (!ref) return null;
          return (
            <li key={node.id} id={markerAnchor(ref.marker)} className="source-entry">
              <h3>
                <span className="marker">{ref.marker}</span> <NodeLink node={node} lang={lang} />
              </h3>
              {ref.author || ref.title || ref.url ? (
                <p className="printed">
                  <span className="label">{withColon(lang, t.printed)}</span>
                  {/* As the paper prints it: its own words and punctuation, not ours to translate. */}
                  <span translate="no">
                    {[ref.author, ref.title, ref.issued, ref.accessed ? `[${ref.accessed}]` : undefined]
                      .filter(Boolean)
                      .join('. ')}
                  </span>
                  {ref.url ? (
                    <>
                      {' '}
                      <a href={ref.url} rel="noopener noreferrer" className="url">
                        {ref.url}
                      </a>
                    </>
                  ) : null}
                </p>
              ) : null}
              <p>
                <span className="label">{withColon(lang, t.citedFor)}</span>
                {node.summary[lang]}
              </p>
              {citedBy.length > 0 ? (
                <p>
                  <span className="label">{withColon(lang, t.citedBy)}</span>
                  {citedBy.map((n, i) => (
                    <span key={n.id}>
                      {i > 0 ? PUNCTUATION[lang].list : ''}
                      <NodeLink node={n} lang={lang} />
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** How much of the paper the site quotes, as the build measured it. */
function QuoteShareNote({ lang }: { lang: Lang }) {
  const t = messages(lang).sources;
  const figure = loadQuoteShare();
  return (
    <p className="quote-share">
      {figure ? t.quoteShare(formatShare(figure.share), formatShare(figure.max), figure.longest) : t.quoteShareUnknown}
    </p>
  );
}
