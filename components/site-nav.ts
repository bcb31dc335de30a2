/**
 * The site's navigation, in one place: every page a reader can go to from the header,
 * grouped by what the reader is doing. The header shows the `primary` pages inline on
 * wide screens and every group in its menu; a new page adds one entry here.
 */
import type { Messages } from '@/content/messages';
import type { Lang } from '@/graph/schema';
import { paths } from './paths';

export interface NavLink {
  href: string;
  label: string;
  /** Shown inline in the header on wide screens (the rest are in the menu). */
  primary?: boolean;
}

export interface NavGroup {
  label: string;
  links: NavLink[];
}

export function siteNav(lang: Lang, t: Messages): NavGroup[] {
  const n = t.nav;
  return [
    {
      label: n.groups.learn,
      links: [
        { href: paths.home(lang), label: n.home },
        { href: paths.tours(lang), label: n.tours, primary: true },
        { href: paths.relations(lang), label: n.relations },
        { href: paths.glossary(lang), label: n.glossary, primary: true },
        { href: paths.sources(lang), label: n.sources },
      ],
    },
    {
      label: n.groups.explore,
      links: [
        { href: paths.explore(lang), label: n.explore, primary: true },
        { href: paths.search(lang), label: n.search },
      ],
    },
    {
      label: n.groups.policy,
      links: [{ href: paths.matrix(lang), label: n.matrix, primary: true }],
    },
    {
      label: n.groups.teach,
      links: [
        { href: paths.teach(lang), label: n.teach, primary: true },
        { href: paths.data(lang), label: n.data },
      ],
    },
  ];
}
