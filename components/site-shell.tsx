import Link from 'next/link';
import type { ReactNode } from 'react';
import { messages } from '@/content/messages';
import { briefStrings } from '@/content/messages/brief-strings';
import type { Lang } from '@/graph/schema';
import { DATA_VERSION } from '@/graph/version';
import { LanguageSwitch } from './language-switch';
import { BASE_PATH, SITE_URL, paths, withBase } from './paths';
import { PrintAddress } from './print-address';
import { SearchPalette } from './search/search-palette';
import { ThemeSwitch } from './theme-switch';

/**
 * Skip link, header with navigation, search, colour theme and language switch, main
 * landmark, footer; on paper, a line with the page's address in place of the header.
 */
export function SiteShell({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = messages(lang);
  const nav: [string, string][] = [
    [paths.home(lang), t.nav.home],
    [paths.tours(lang), t.nav.tours],
    [paths.explore(lang), t.nav.explore],
    [paths.matrix(lang), t.nav.matrix],
    [paths.brief(lang), briefStrings(lang).nav],
    [paths.relations(lang), t.nav.relations],
    [paths.glossary(lang), t.nav.glossary],
    [paths.sources(lang), t.nav.sources],
    [paths.data(lang), t.nav.data],
    [paths.teach(lang), t.nav.teach],
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <Link href={paths.home(lang)} className="site-title">
            {t.siteShortTitle}
          </Link>
          <nav aria-label={t.nav.label} className="main-nav">
            <ul>
              {nav.map(([href, label]) => (
                <li key={href}>
                  <Link href={href}>{label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <SearchPalette lang={lang} />
          <div className="header-end">
            <ThemeSwitch labels={t.theme} />
            <LanguageSwitch
              lang={lang}
              label={t.languageSwitch.label}
              text={t.languageSwitch.other}
              title={t.languageSwitch.otherLong}
            />
          </div>
        </div>
      </header>
      <PrintAddress
        site={t.siteTitle}
        label={t.print.pageAddress}
        canonicalBase={`${SITE_URL}${BASE_PATH}`}
        basePath={BASE_PATH}
      />
      <main id="main" tabIndex={-1} className="wrap">
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>{t.footer.about}</p>
          <p>
            <a href={withBase(paths.graphJson())}>{t.footer.data}</a> ·{' '}
            <a href={withBase(paths.graphSchema())}>{t.footer.schema}</a> · {t.footer.version} {DATA_VERSION}
          </p>
        </div>
      </footer>
    </>
  );
}
