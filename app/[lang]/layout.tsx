import type { ReactNode } from 'react';
import { htmlLang } from '@/components/paths';
import { SiteShell } from '@/components/site-shell';
import { langStaticParams, readLang } from '@/components/route-params';
import '../globals.css';

export const dynamicParams = false;

export const generateStaticParams = langStaticParams;

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await readLang(params);
  return (
    <html lang={htmlLang(lang)}>
      <body>
        <SiteShell lang={lang}>{children}</SiteShell>
      </body>
    </html>
  );
}
