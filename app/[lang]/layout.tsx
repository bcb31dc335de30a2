import type { ReactNode } from 'react';
import { htmlLang } from '@/components/paths';
import { SiteShell } from '@/components/site-shell';
import { ThemeScript } from '@/components/theme-script';
import { LazyLinkPreview } from '@/components/link-preview/lazy-link-preview';
import { langStaticParams, readLang } from '@/components/route-params';
import '../globals.css';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export default async function LangLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const lang = await readLang(params);
  return (
    // The theme script sets data-theme on <html> before React hydrates: expected, not a mismatch.
    <html lang={htmlLang(lang)} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <SiteShell lang={lang}>{children}</SiteShell>
        <LazyLinkPreview />
      </body>
    </html>
  );
}
