import Link from 'next/link';
import type { ReactNode } from 'react';
import { messages } from '@/content/messages';
import type { Lang } from '@/graph/schema';
import { DATA_VERSION } from '@/graph/version';
import { withColon } from '@/content/punctuation';
import { HeaderMenu } from './header-menu';
import { LanguageSwitch } from './language-switch';
import { BASE_PATH, SITE_URL, paths, withBase } from './paths';
import { PrintAddress } from './print-address';
import { SearchPalette } from './search/search-palette';
import { siteNav } from './site-nav';
import { ThemeSwitch } from './theme-switch';

/**
 * Skip link, a one-row header (the site's name, the main pages on wide screens, search, a
 * menu with every page, colour theme and language), main landmark, footer; on paper, a
 * line with the page's address in place of the header.
 */
export function SiteShell({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = messages(lang);
  const groups = siteNav(lang, t);
  const primary = groups.flatMap((g) => g.links).filter((l) => l.primary);
  const settings = (
    <>
      <ThemeSwitch labels={t.theme} />
      <LanguageSwitch
        lang={lang}
        label={t.languageSwitch.label}
        text={t.languageSwitch.other}
        title={t.languageSwitch.otherLong}
      />
    </>
  );
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
              {primary.map((l) => (
                <li key={l.href}>
                  <Link href={l.href}>{l.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <SearchPalette lang={lang} />
          <HeaderMenu label={t.nav.menu} panelLabel={t.nav.menuLabel}>
            <nav aria-label={t.nav.allPages} className="menu-nav">
              {groups.map((g, i) => (
                <div key={g.label} className="menu-group">
                  <p id={`menu-group-${i}`} className="menu-group-label">
                    {g.label}
                  </p>
                  <ul aria-labelledby={`menu-group-${i}`}>
                    {g.links.map((l) => (
                      <li key={l.href}>
                        <Link href={l.href}>{l.label}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </nav>
            <div className="menu-settings" role="group" aria-label={t.nav.settings}>
              {settings}
            </div>
          </HeaderMenu>
          <div className="header-end">{settings}</div>
        </div>
      </header>
      <PrintAddress
        site={t.siteTitle}
        label={withColon(lang, t.print.pageAddress)}
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
