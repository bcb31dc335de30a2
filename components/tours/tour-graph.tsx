'use client';

/**
 * A tour's (or a lesson's) graph beside its text: the sequence's ideas, the current step's
 * highlighted and framed. Loaded by ./tour-player.tsx once it knows the step.
 */
import { useMemo } from 'react';
import { toursStrings } from '@/content/messages/tour-strings';
import { sentences } from '@/content/punctuation';
import { SmallGraphBody } from '../explorer/small-graph-body';
import type { TourPlayerProps } from './tour-player';

/** The sequence's ideas on a graph, the current step's highlighted (the canvas is a picture; the text has it all). */
export function TourGraph({
  lang,
  steps,
  step,
  graph,
  canvas,
  preset,
  graphLabel,
}: Pick<TourPlayerProps, 'lang' | 'steps' | 'graph' | 'canvas' | 'preset'> & { step: number; graphLabel: string }) {
  const t = toursStrings(lang);
  const current = steps[step - 1];
  const highlight = useMemo(() => new Set<string>(current?.nodes ?? []), [current]);
  // The graph zooms to the step's ideas, as far as their labels stay readable.
  const framing = useMemo(() => ({ kind: 'ideas' as const, ids: highlight }), [highlight]);
  return (
    <SmallGraphBody
      lang={lang}
      graph={graph}
      preset={preset}
      labels={canvas}
      highlight={highlight}
      framing={framing}
      className="tour-graph"
      captionId="tour-graph-caption"
      caption={sentences(lang, graphLabel, t.keys)}
      printCaption={t.graphPrintCaption}
    />
  );
}
