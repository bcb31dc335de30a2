'use client';

/**
 * The small graph on a node page: the idea and its direct neighbours, in the argument's
 * columns (laid out at build time), every label readable. Selecting a neighbour goes to
 * its page. It is an enhancement: the relations list above it says the same in text.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import type { EmbedParams } from '@/graph/embed-params';
import type { ExplorerGraph } from '@/graph/explorer-data';
import type { Preset } from '@/graph/build-pictures';
import type { Lang, Localized } from '@/graph/schema';
import { EmbedButton } from '../embed/embed-button';
import { paths } from '../paths';
import { SmallGraph, type SmallGraphLabels } from './small-graph';

/** The words of the local graph, in the page's language (from the server, so node pages do not ship the dictionary). */
export interface LocalGraphLabels extends SmallGraphLabels {
  openInExplorer: string;
  caption: string;
  /** The caption on paper. */
  printCaption: string;
  embed: string;
}

export function LocalGraph({
  lang,
  graph,
  id,
  titles,
  defaultTour,
  labels: t,
  embedParams,
  preset,
}: {
  lang: Lang;
  graph: ExplorerGraph;
  id: string;
  titles: Localized;
  defaultTour: string;
  labels: LocalGraphLabels;
  /** This idea's embed, built on the server (the page ships no parser for it). */
  embedParams: EmbedParams;
  /** The neighbourhood's placement, laid out at build time. */
  preset: Preset;
}) {
  const router = useRouter();
  // One framing for the page's life: the canvas keeps the drawing's place until it changes.
  const framing = useMemo(() => ({ kind: 'readable' as const, anchor: id }), [id]);
  return (
    <SmallGraph
      lang={lang}
      graph={graph}
      preset={preset}
      labels={t}
      framing={framing}
      onSelect={(target) => {
        if (target !== id) router.push(paths.node(lang, target));
      }}
      className="local-graph"
      captionId="local-graph-caption"
      caption={t.caption}
      printCaption={t.printCaption}
      tools={
        <>
          <Link href={paths.explore(lang, `?focus=${id}`)} className="push-right">
            {t.openInExplorer}
          </Link>
          <EmbedButton lang={lang} params={embedParams} titles={titles} defaultTour={defaultTour} label={t.embed} />
        </>
      }
    />
  );
}
