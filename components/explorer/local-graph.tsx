'use client';

/**
 * The small graph on a node page: the idea and its direct neighbours. Selecting a
 * neighbour goes to its page. It is an enhancement: the relations list above it says the
 * same in text, so the canvas is hidden from assistive technology.
 */
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useRef } from 'react';
import type { EmbedParams } from '@/graph/embed-params';
import type { ExplorerGraph } from '@/graph/explorer-data';
import type { Lang, Localized } from '@/graph/schema';
import { EmbedButton } from '../embed/embed-button';
import { paths } from '../paths';
import type { CanvasControls } from './graph-canvas';

const GraphCanvas = dynamic(() => import('./graph-canvas').then((m) => m.GraphCanvas), { ssr: false });

/** The words of the local graph, in the page's language (from the server, so node pages do not ship the dictionary). */
export interface LocalGraphLabels {
  group: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  openInExplorer: string;
  loading: string;
  caption: string;
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
}: {
  lang: Lang;
  graph: ExplorerGraph;
  id: string;
  titles: Localized;
  defaultTour: string;
  labels: LocalGraphLabels;
  /** This idea's embed, built on the server (the page ships no parser for it). */
  embedParams: EmbedParams;
}) {
  const router = useRouter();
  const controls = useRef<CanvasControls | null>(null);
  const view = useMemo(
    () => ({
      nodeIds: new Set(graph.nodes.map((n) => n.id)),
      edgeIds: new Set(graph.edges.map((e) => e.id)),
      focus: id,
      path: undefined,
    }),
    [graph, id],
  );
  return (
    <figure className="graph-figure local-graph" aria-labelledby="local-graph-caption">
      <div className="canvas-tools" role="group" aria-label={t.group}>
        <button type="button" onClick={() => controls.current?.zoomIn()}>
          {t.zoomIn}
        </button>
        <button type="button" onClick={() => controls.current?.zoomOut()}>
          {t.zoomOut}
        </button>
        <button type="button" onClick={() => controls.current?.fit()}>
          {t.fit}
        </button>
        <Link href={paths.explore(lang, `?focus=${id}`)} className="push-right">
          {t.openInExplorer}
        </Link>
        <EmbedButton lang={lang} params={embedParams} titles={titles} defaultTour={defaultTour} label={t.embed} />
      </div>
      <div className="canvas" aria-hidden="true">
        <p className="canvas-loading">{t.loading}</p>
        <GraphCanvas
          graph={graph}
          view={view}
          layout="force"
          lang={lang}
          controlsRef={controls}
          wheelZoom={false}
          labelsAlways
          onSelect={(target) => {
            if (target !== id) router.push(paths.node(lang, target));
          }}
        />
      </div>
      <figcaption id="local-graph-caption">{t.caption}</figcaption>
    </figure>
  );
}
