import Link from 'next/link';
import type { ReactNode } from 'react';
import { messages } from '@/content/messages';
import { paperStrings } from '@/content/messages/paper-strings';
import type { SectionNote } from '@/content/paper';
import { NODE_KIND_NAMES } from '@/graph/kind-names';
import type { OutlineEntry, OutlineIdea } from '@/graph/paper-outline';
import { sortByLabel } from '@/graph/pinyin';
import type { Lang } from '@/graph/schema';
import { sectionAnchor } from '@/graph/sections';
import { Heading } from '../heading';
import { NodeLink } from '../node-link';
import { htmlLang, paths } from '../paths';
import { SectionTitle } from './paper-toc';
import { inParentheses } from '@/content/punctuation';

/** One section's entry: its heading, our summary, and its ideas grouped by kind. */
export function PaperSectionEntry({
  entry,
  note,
  lang,
  firstCited,
}: {
  entry: OutlineEntry;
  note: SectionNote | undefined;
  lang: Lang;
  /** The entry where each idea is first cited, to mark the ideas a section introduces. */
  firstCited: ReadonlyMap<string, string>;
}) {
  const t = paperStrings(lang);
  const { section, groups } = entry;
  const anchor = sectionAnchor(section.id);
  const count = groups.reduce((n, g) => n + g.ideas.length, 0);
  // The explorer's section filter reads numbered sections; the limitations passage is in §4.2.
  const filter = section.id === 'limitations' ? '4.2' : section.id;
  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`} className={`paper-section depth-${section.depth}`}>
      <Heading level={section.depth + 1} id={`${anchor}-title`} className="paper-section-title">
        <SectionTitle section={section} lang={lang} />
      </Heading>
      {section.editorial ? <p className="muted">{t.headingNote}</p> : null}
      {note ? (
        <div className="section-summary">
          <p className="label">{t.ourSummary}</p>
          <p lang={htmlLang(lang)}>{note.summary[lang]}</p>
        </div>
      ) : null}
      {count === 0 ? (
        <p className="muted">{t.noIdeas}</p>
      ) : (
        <>
          <p className="muted section-count">{t.ideas(count)}</p>
          {groups.map((g) => (
            <div key={g.kind} className="idea-group">
              <Heading level={section.depth + 2} className={`idea-group-title kind-${g.kind}`}>
                {NODE_KIND_NAMES[g.kind][lang].many}
                {inParentheses(lang, String(g.ideas.length))}
              </Heading>
              <ul className="idea-list">
                {sortByLabel(
                  g.ideas.map((i) => ({ ...i, label: i.node.label })),
                  lang,
                ).map((idea) => (
                  <IdeaItem
                    key={idea.node.id}
                    idea={idea}
                    lang={lang}
                    first={firstCited.get(idea.node.id) === section.id}
                  />
                ))}
              </ul>
            </div>
          ))}
          <p className="section-links">
            <Link href={paths.explore(lang, `?section=${filter}`)}>{t.showInExplorer}</Link>
            {' · '}
            <a href="#contents">{t.backToContents}</a>
          </p>
        </>
      )}
    </section>
  );
}

function IdeaItem({ idea, lang, first }: { idea: OutlineIdea; lang: Lang; first: boolean }) {
  const t = paperStrings(lang);
  const { node, quote } = idea;
  let quotation: ReactNode = null;
  if (quote)
    quotation = (
      <span className="idea-quote">
        <q lang="zh-Hans">{quote.quote}</q>{' '}
        <span className="cite-section">{messages(lang).node.section(quote.section)}</span>
      </span>
    );
  return (
    <li>
      <NodeLink node={node} lang={lang} />
      {first ? <span className="first-here"> · {t.firstHere}</span> : null}
      <span className="idea-summary"> — {node.summary[lang]}</span>
      {quotation}
    </li>
  );
}
