'use client';

/**
 * The language switch keeps the reader on the same page. It is a plain link rendered at
 * build time (the exported HTML already points at the right page), so it works without
 * JavaScript; on the client it also carries the query string and hash along.
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useBrowserValue } from './use-client';
import type { Lang } from '@/graph/schema';
import { htmlLang, otherLang, switchLangPath } from './paths';

export function LanguageSwitch({
  lang,
  label,
  text,
  title,
}: {
  lang: Lang;
  label: string;
  text: string;
  title: string;
}) {
  const pathname = usePathname();
  const to = otherLang(lang);
  // Read at each render (the path changes on navigation; the query with it).
  const suffix = useBrowserValue(() => `${window.location.search}${window.location.hash}`, '');
  return (
    <nav aria-label={label} className="lang-switch">
      <Link href={`${switchLangPath(pathname, to)}${suffix}`} hrefLang={htmlLang(to)} lang={htmlLang(to)} title={title}>
        {text}
      </Link>
    </nav>
  );
}
