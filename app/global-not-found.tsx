import type { Metadata } from 'next';
import { en } from '@/content/messages/en';
import { zh } from '@/content/messages/zh';
import { paths, withBase } from '@/components/paths';
import { ThemeScript } from '@/components/theme-script';
import './globals.css';

export const metadata: Metadata = {
  title: `${en.notFound.title} · ${zh.notFound.title}`,
  robots: { index: false },
};

/**
 * One 404 page serves every unknown address, so it speaks both languages, each part
 * marked with its own lang, and links to both overviews.
 */
export default function GlobalNotFound() {
  return (
    // The theme script sets data-theme on <html> before React hydrates: expected, not a mismatch.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <main id="main" className="wrap not-found">
          <section>
            <h1>{en.notFound.title}</h1>
            <p>{en.notFound.text}</p>
            <p>
              <a href={withBase(paths.home('en'))}>{en.notFound.home}</a> ·{' '}
              <a href={withBase(paths.sources('en'))}>{en.sources.title}</a>
            </p>
          </section>
          <section lang="zh-Hans">
            <h2>{zh.notFound.title}</h2>
            <p>{zh.notFound.text}</p>
            <p>
              <a href={withBase(paths.home('zh'))}>{zh.notFound.home}</a> ·{' '}
              <a href={withBase(paths.sources('zh'))}>{zh.sources.title}</a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
