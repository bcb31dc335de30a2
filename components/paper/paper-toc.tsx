import { paperStrings } from '@/content/messages/paper-strings';
import type { Lang } from '@/graph/schema';
import { PAPER_SECTIONS, sectionAnchor, type PaperPart, type PaperSection } from '@/graph/sections';
import { htmlLang } from '../paths';

/** The sections as a nested list of links to their entries (`#s2-1-1`), headings in Chinese with our translation. */
export function PaperToc({ lang }: { lang: Lang }) {
  const t = paperStrings(lang);
  return (
    <nav aria-labelledby="paper-contents" className="paper-toc" id="contents">
      <h2 id="paper-contents">{t.contents}</h2>
      <TocList parent={undefined} lang={lang} />
    </nav>
  );
}

function TocList({ parent, lang }: { parent: PaperPart | undefined; lang: Lang }) {
  const children = PAPER_SECTIONS.filter((s) => s.parent === parent);
  if (children.length === 0) return null;
  return (
    <ol>
      {children.map((s) => (
        <li key={s.id}>
          <a href={`#${sectionAnchor(s.id)}`}>
            <SectionTitle section={s} lang={lang} />
          </a>
          <TocList parent={s.id} lang={lang} />
        </li>
      ))}
    </ol>
  );
}

/** "§2.1.1 核心特性 Core traits": the number, the paper's heading and ours (or ours alone). */
export function SectionTitle({ section, lang }: { section: PaperSection; lang: Lang }) {
  const number = section.id === 'abstract' ? '' : section.id === 'limitations' ? '§4.2' : section.number;
  const own = lang === 'zh' ? section.heading.zh : section.heading.en;
  return (
    <>
      {number ? <span className="section-number">{number}</span> : null}{' '}
      {section.editorial ? (
        <span lang={htmlLang(lang)}>{own}</span>
      ) : (
        <>
          <span lang="zh-Hans" className="section-heading-zh">
            {section.heading.zh}
          </span>{' '}
          <span lang="en" className="section-heading-en">
            {section.heading.en}
          </span>
        </>
      )}
    </>
  );
}
