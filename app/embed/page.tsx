import type { Metadata } from 'next';
import { EmbedApp } from '@/components/embed/embed-app';
import { embedData } from '@/components/embed/embed-data';
import { en } from '@/content/messages/en';
import { zh } from '@/content/messages/zh';

export const metadata: Metadata = {
  title: `${en.embed.siteName} · ${zh.embed.siteName}`,
  description: en.teach.lead,
  // An embed is a piece of someone else's page: search engines should index the full site.
  robots: { index: false, follow: true },
};

export default async function Page() {
  return <EmbedApp data={await embedData()} />;
}
