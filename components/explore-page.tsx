import { messages } from '@/content/messages';
import { loadTours } from '@/content/tours';
import { explorerGraph, openingLayout } from '@/graph/explorer-data';
import { loadGraph } from '@/graph/load';
import type { Lang } from '@/graph/schema';
import { Explorer } from './explorer/explorer';

export function ExplorePage({ lang }: { lang: Lang }) {
  const t = messages(lang).explore;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <noscript>
        <p className="notice">{t.noscript}</p>
      </noscript>
      <Explorer
        lang={lang}
        graph={explorerGraph(loadGraph())}
        defaultTour={loadTours()[0]?.id ?? ''}
        preset={openingLayout(loadGraph())}
      />
    </>
  );
}
