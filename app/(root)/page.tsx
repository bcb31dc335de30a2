import type { Metadata } from 'next';
import { LanguageChooser } from '@/components/language-chooser';
import { en } from '@/content/messages/en';

export const metadata: Metadata = {
  title: `${en.siteTitle} · 通用模型伦理与治理框架图谱`,
  description: en.siteDescription,
};

export default function Page() {
  return <LanguageChooser />;
}
