import Link from 'next/link';
import type { ReactNode } from 'react';
import { messages } from '@/content/messages';
import type { Lang } from '@/graph/schema';
import { DATA_VERSION } from '@/graph/version';
import { LanguageSwitch } from './language-switch';
import { paths, withBase } from './paths';
import { SearchPalette } from './search/search-palette';

/** Skip link, header with navigation and language switch, main landmark, footer. */
export function SiteShell({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = messages(lang);
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
              <li>
                <Link href={paths.home(lang)}>{t.nav.home}</Link>
              </li>
              <li>
                <Link href={paths.tours(lang)}>{t.nav.tours}</Link>
              </li>
              <li>
                <Link href={paths.explore(lang)}>{t.nav.explore}</Link>
              </li>
              <li>
                <Link href={paths.matrix(lang)}>{t.nav.matrix}</Link>
              </li>
              <li>
                <Link href={paths.relations(lang)}>{t.nav.relations}</Link>
              </li>
              <li>
                <Link href={paths.glossary(lang)}>{t.nav.glossary}</Link>
              </li>
              <li>
                <Link href={paths.sources(lang)}>{t.nav.sources}</Link>
              </li>
              <li>
                <Link href={paths.data(lang)}>{t.nav.data}</Link>
              </li>
            </ul>
          </nav>
          <SearchPalette lang={lang} />
          <LanguageSwitch
            lang={lang}
            label={t.languageSwitch.label}
            text={t.languageSwitch.other}
            title={t.languageSwitch.otherLong}
          />
        </div>
      </header>
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
