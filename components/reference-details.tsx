import { messages } from '@/content/messages';
import type { Lang, Reference } from '@/graph/schema';

/** What the paper prints of a cited work, and nothing else. */
export function ReferenceDetails({ reference, lang }: { reference: Reference; lang: Lang }) {
  const t = messages(lang).sources;
  const rows: [string, string | undefined][] = [
    [t.author, reference.author],
    [t.titleField, reference.title],
    [t.issued, reference.issued],
    [t.accessed, reference.accessed],
  ];
  return (
    <section className="reference" aria-label={t.printed}>
      <h2 className="h-small">{t.printed}</h2>
      <dl>
        <div>
          <dt>{reference.marker.startsWith('[') ? t.numbered : t.footnotes}</dt>
          <dd>{reference.marker}</dd>
        </div>
        {rows.map(([label, value]) =>
          value ? (
            <div key={label}>
              <dt>{label}</dt>
              {/* What the paper prints, as it prints it. */}
              <dd translate="no">{value}</dd>
            </div>
          ) : null,
        )}
        {reference.url ? (
          <div>
            <dt>{t.url}</dt>
            <dd>
              <a href={reference.url} rel="noopener noreferrer" className="url">
                {reference.url}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
