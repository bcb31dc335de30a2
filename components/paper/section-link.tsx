import Link from 'next/link';
import { messages } from '@/content/messages';
import type { Lang } from '@/graph/schema';
import { paperSection, sectionAnchor } from '@/graph/sections';
import { paths, withBase } from '../paths';

/**
 * A section of the paper named in running text ("§2.2.1", "第 2.2.1 节"), as a link to its
 * entry on the reading companion. `plainLinks` (embeds) opens the full site in a new tab.
 * Anything that names no section stays plain text.
 */
export function SectionLink({
  section,
  lang,
  plainLinks = false,
  children,
}: {
  section: string;
  lang: Lang;
  plainLinks?: boolean;
  children?: string;
}) {
  const entry = paperSection(section);
  const text = children ?? messages(lang).node.section(section);
  if (entry === undefined) return <>{text}</>;
  const href = paths.paper(lang, sectionAnchor(entry.id));
  return plainLinks ? (
    <a href={withBase(href)} className="section-link" target="_blank" rel="noopener">
      {text}
    </a>
  ) : (
    <Link href={href} className="section-link">
      {text}
    </Link>
  );
}
