'use client';

/**
 * A graph view inside a page — a node's neighbourhood, a tour's or a lesson's ideas —
 * drawn as the explorer draws (./small-graph-body.tsx). Its code (the canvas, the cards,
 * the keys) loads once the page runs, so pages that show one carry none of it in their
 * first load; without JavaScript the page's own text says what the graph would show.
 */
import dynamic from 'next/dynamic';
import type { Stage } from '@/graph/stages';

/** The words of a small graph, in the page's language (from the server: pages do not ship the dictionary). */
export interface SmallGraphLabels {
  group: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  loading: string;
  legend: string;
  stated: string;
  inferred: string;
  /** Appended to a sentence naming an editorial link: " (editorial)", "（编者推断）". */
  editorialSuffix: string;
  keys: string;
  stageTitles: Record<Stage, string>;
}

export const SmallGraph = dynamic(() => import('./small-graph-body').then((m) => m.SmallGraphBody), { ssr: false });
