import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { htmlLang } from '@/components/paths';
import { SiteShell } from '@/components/site-shell';
import { LANGS, Lang } from '@/graph/schema';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = Lang.safeParse((await params).lang);
  if (!lang.success) notFound();
  return (
    <html lang={htmlLang(lang.data)}>
      <body>
        <SiteShell lang={lang.data}>{children}</SiteShell>
      </body>
    </html>
  );
}
