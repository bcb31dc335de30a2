/**
 * "Cite this page": the citation of a page of the site — site title, page title, address,
 * data version and date accessed — in a plain style of the reader's language and as
 * BibTeX made by citation-js. Rendered at build time; the copy buttons and today's date
 * are the client-side enhancement (cite-copy.tsx).
 */
import { messages } from '@/content/messages';
import { ACCESSED_PLACEHOLDER, isoDate, splitAtAccessed } from '@/graph/exports/accessed';
import { pageBibtex } from '@/graph/exports/page-citation';
import type { Lang, Node } from '@/graph/schema';
import { DATA_VERSION } from '@/graph/version';
import { CiteCopy } from './cite-copy';
import { PaperIdentityNote } from './paper/paper-identity';
import { BASE_PATH, SITE_URL, paths } from './paths';

interface CitationProps {
  lang: Lang;
  /** A stable id for the entry: the BibTeX key, and the prefix of element ids. */
  id: string;
  title: string;
  /** The page's path, as components/paths.ts gives it. */
  path: string;
}

/** The plain and BibTeX citations of one page, with copy buttons. */
export function PageCitation({ lang, id, title, path }: CitationProps) {
  const t = messages(lang);
  const url = `${SITE_URL}${BASE_PATH}${path}`;
  const plain = t.cite.plain({ title, site: t.siteTitle, version: DATA_VERSION, url, accessed: ACCESSED_PLACEHOLDER });
  const note = t.cite.bibtexNote(t.siteTitle, DATA_VERSION, ACCESSED_PLACEHOLDER);
  return (
    <>
      <CiteCopy
        idPrefix={`cite-${id}`}
        // A static page is built once; until the browser says otherwise, "accessed" is that day.
        builtDate={isoDate(new Date())}
        items={[
          { label: t.cite.plainLabel, copy: t.cite.copyPlain, parts: splitAtAccessed(plain), block: false },
          {
            label: t.cite.bibtexLabel,
            copy: t.cite.copyBibtex,
            parts: splitAtAccessed(pageBibtex({ id, title, url, note })),
            block: true,
          },
        ]}
        copied={t.cite.copied}
        copyFailed={t.cite.copyFailed}
      />
      <PaperIdentityNote lang={lang} className="muted cite-paper" />
    </>
  );
}

/** The "Cite this page" section of a node page. */
export function CiteThis({ node, lang }: { node: Node; lang: Lang }) {
  const t = messages(lang);
  return (
    <section aria-labelledby="cite-this" className="cite-this">
      <h2 id="cite-this">{t.cite.title}</h2>
      <p className="muted">{t.cite.intro}</p>
      <PageCitation lang={lang} id={`explorer-${node.id}`} title={node.label[lang]} path={paths.node(lang, node.id)} />
    </section>
  );
}
