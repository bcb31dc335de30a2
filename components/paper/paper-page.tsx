import { paperStrings } from '@/content/messages/paper-strings';
import { loadSectionNotes } from '@/content/paper';
import { loadGraph } from '@/graph/load';
import { entriesOf, paperOutline } from '@/graph/paper-outline';
import type { Lang } from '@/graph/schema';
import { PaperIdentityNote } from './paper-identity';
import { PaperSectionEntry } from './paper-section';
import { PaperToc } from './paper-toc';
import './paper.css';

/**
 * The reading companion: the paper's sections in order, each with its heading, our
 * summary, and the ideas of the site it introduces or develops, with a few short
 * quotations. Plain HTML: it reads in full without JavaScript, and every section has an
 * anchor (`#s2-2-1`) that node pages, tours and citations link to.
 */
export function PaperPage({ lang }: { lang: Lang }) {
  const t = paperStrings(lang);
  const index = loadGraph();
  const entriesOfId = (id: string) => {
    const node = index.node.get(id);
    return node ? entriesOf(node) : undefined;
  };
  const notes = loadSectionNotes(entriesOfId);
  const outline = paperOutline(index, (entry) => notes.get(entry)?.quote ?? []);
  const firstCited = new Map(index.graph.nodes.map((n) => [n.id, entriesOf(n)[0] ?? '']));
  return (
    <article className="paper-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <PaperIdentityNote lang={lang} className="notice" />
      <p className="muted">{t.quoteNote}</p>
      <PaperToc lang={lang} />
      {outline.map((entry) => (
        <PaperSectionEntry
          key={entry.section.id}
          entry={entry}
          note={notes.get(entry.section.id)}
          lang={lang}
          firstCited={firstCited}
        />
      ))}
    </article>
  );
}
