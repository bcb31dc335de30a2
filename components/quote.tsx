import type { ReactNode } from 'react';
import { messages } from '@/content/messages';
import type { Lang } from '@/graph/schema';
import { SectionLink } from './paper/section-link';
import { Refs } from './refs';

/**
 * A verbatim quotation of the paper (always Chinese), marked as such, with its section
 * and reference markers; on English pages with our translation beneath it.
 */
export function Quote({
  lang,
  section,
  refs,
  translation,
  plainLinks = false,
  children,
}: {
  lang: Lang;
  section: string;
  refs?: string;
  translation?: string;
  plainLinks?: boolean;
  children: ReactNode;
}) {
  const t = messages(lang);
  const markers = refs ? refs.split(/[\s,]+/).filter(Boolean) : [];
  return (
    <figure className="quote">
      <blockquote lang="zh-Hans">
        <p>{children}</p>
      </blockquote>
      {translation ? (
        <p className="quote-translation">
          <span className="visually-hidden">{t.node.translationLabel}: </span>
          {translation}
        </p>
      ) : null}
      <figcaption>
        — {t.node.quoteFrom('')}
        <SectionLink section={section} lang={lang} plainLinks={plainLinks} />
        {markers.length > 0 ? (
          <>
            {' '}
            <Refs lang={lang} markers={markers} plainLinks={plainLinks} />
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
