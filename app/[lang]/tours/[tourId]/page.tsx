import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/components/metadata';
import { paths } from '@/components/paths';
import { TourPage } from '@/components/tours/tour-page';
import { loadTours } from '@/content/tours';
import { LANGS, Lang } from '@/graph/schema';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => loadTours().map((t) => ({ lang, tourId: t.id })));
}

type Props = { params: Promise<{ lang: string; tourId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: raw, tourId } = await params;
  const lang = Lang.parse(raw);
  const tour = loadTours().find((t) => t.id === tourId);
  return tour
    ? pageMetadata(lang, paths.tour(lang, tourId), tour.title[lang], tour.summary[lang], paths.oembedTour(lang, tourId))
    : {};
}

export default async function Page({ params }: Props) {
  const { lang: raw, tourId } = await params;
  const lang = Lang.safeParse(raw);
  const tour = loadTours().find((t) => t.id === tourId);
  if (!lang.success || !tour) notFound();
  return <TourPage tour={tour} lang={lang.data} />;
}
