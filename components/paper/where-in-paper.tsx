import Link from 'next/link';
import { paperStrings } from '@/content/messages/paper-strings';
import { entriesOf } from '@/graph/paper-outline';
import type { Lang, Node } from '@/graph/schema';
import { PAPER_SECTIONS, sectionAnchor, type PaperPart } from '@/graph/sections';
import { paths } from '../paths';
import './paper.css';

/**
 * "Where am I in the paper": the paper's sections as a small outline, with those this
 * idea is cited from marked (in words, not by colour alone), each linking to its entry on
 * the reading companion.
 */
export function WhereInPaper({ node, lang }: { node: Node; lang: Lang }) {
  const t = paperStrings(lang);
  const cited = new Set<PaperPart>(entriesOf(node));
  return (
    <section aria-labelledby="where-in-paper" className="where-in-paper">
      <h2 id="where-in-paper">{t.whereTitle}</h2>
      <p className="muted">{t.whereIntro(cited.size)}</p>
      <Outline parent={undefined} cited={cited} lang={lang} />
    </section>
  );
}

function Outline({
  parent,
  cited,
  lang,
}: {
  parent: PaperPart | undefined;
  cited: ReadonlySet<PaperPart>;
  lang: Lang;
}) {
  const t = paperStrings(lang);
  const children = PAPER_SECTIONS.filter((s) => s.parent === parent);
  if (children.length === 0) return null;
  return (
    <ol>
      {children.map((s) => {
        const here = cited.has(s.id);
        const number = s.id === 'abstract' ? '' : s.id === 'limitations' ? '' : `${s.number} `;
        return (
          <li key={s.id} className={here ? 'cited' : undefined}>
            <Link href={paths.paper(lang, sectionAnchor(s.id))}>
              {number}
              {s.heading[lang]}
            </Link>
            {here ? <span className="cited-mark">{t.citedHere}</span> : null}
            <Outline parent={s.id} cited={cited} lang={lang} />
          </li>
        );
      })}
    </ol>
  );
}
