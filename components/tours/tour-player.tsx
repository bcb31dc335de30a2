'use client';

/**
 * Plays a sequence of server-rendered steps as a guided tour: one step at a time
 * (`?step=N` in the address, so every step has a link and back/forward work), a one-row
 * navigator above the step and the previous and next steps by title after its text, the
 * arrow keys, and the sequence's
 * ideas on a graph with the current step's highlighted. Without JavaScript none of this
 * runs and every step reads in order.
 *
 * Reuse (tours, and lessons built by teachers):
 *
 *   <TourPlayer lang steps={[{ title, nodes }]} graph={…} canvas={…} embed={…optional}>
 *     <ol>{steps.map((s, i) => <li data-step={i + 1}><h2 tabIndex={-1}>…</h2>…</li>)}</ol>
 *   </TourPlayer>
 *
 * - `children`: every step, rendered on the server, each an element with `data-step="N"`
 *   (1-based) holding an `<h2 tabIndex={-1}>`, which takes focus when the reader moves.
 * - `steps`: per step its title and the node ids it is about (highlighted on the graph).
 * - `graph`: the nodes and edges to draw (the ideas of all steps, typically).
 * - `embed`: optional; the "Embed this view" button, its params taking the current step.
 * - `labels`: optional; overrides the navigator's words (e.g. "Lesson steps").
 * The parts are reusable on their own: `useStepParam` (step in the address),
 * `StepNavigator` (the row), `StepFooter` (after the text), `useStepKeys` (← →) and
 * `useShowStep` (one step visible).
 */
import dynamic from 'next/dynamic';
import { useCallback, useRef, type ReactNode } from 'react';
import { toursStrings } from '@/content/messages/tour-strings';
import type { ExplorerGraph } from '@/graph/explorer-data';
import type { EmbedParams } from '@/graph/embed-params';
import type { Lang, Localized } from '@/graph/schema';
import { EmbedButton } from '../embed/embed-button';
import type { Preset } from '@/graph/build-pictures';
import type { SmallGraphLabels } from '../explorer/small-graph';
import { StepFooter, StepNavigator, type StepFooterLabels, type StepNavigatorLabels } from './step-navigator';
import { useShowStep } from './use-show-step';
import { useStepKeys } from './use-step-keys';
import { useStepParam } from './use-step-param';
import '../explorer/graph-view.css';
import './tours.css';

/**
 * The sequence's graph is drawn only once the player knows its step, in the browser: its
 * code (./tour-graph.tsx, with the small graph's body) comes as a chunk of its own.
 */
const TourGraph = dynamic(() => import('./tour-graph').then((m) => m.TourGraph), { ssr: false });

export interface PlayerStep {
  title: string;
  nodes: string[];
}

export interface TourPlayerProps {
  lang: Lang;
  steps: PlayerStep[];
  graph: ExplorerGraph;
  /** The "Embed this view" dialog for this sequence (the step is the current one). */
  embed?: { params: EmbedParams; titles: Localized; defaultTour: string; label: string };
  /** The graph's words, in the page's language. */
  canvas: SmallGraphLabels;
  /** The sequence's ideas placed at build time (a tour); without it the canvas lays them out itself (a lesson). */
  preset?: Preset | undefined;
  /**
   * Words where they differ from a tour's: the navigators', and for a player of something
   * other than a tour (a teacher's lesson) the graph's caption and the note on a bad step.
   */
  labels?: Partial<Omit<StepNavigatorLabels & StepFooterLabels, 'nav'>> & {
    navTop?: string;
    navBottom?: string;
    graphLabel?: string;
    badStep?: (raw: string, total: number) => string;
  };
  children: ReactNode;
}

export function TourPlayer({ lang, steps, graph, embed, canvas, preset, labels, children }: TourPlayerProps) {
  const t = toursStrings(lang);
  const total = steps.length;
  const stage = useRef<HTMLDivElement>(null);
  // Set when the reader moves to another step, so its heading takes focus once it is shown
  // (not on load or back/forward, where focus stays where the browser puts it).
  const moved = useRef(false);
  const onMove = useCallback(() => {
    moved.current = true;
  }, []);
  const { step, bad, ready, go } = useStepParam(total, onMove);
  useShowStep(stage, step, ready, moved);
  useStepKeys(step, go);

  const words = { ...t, ...labels };

  return (
    <div className="tour" data-ready={ready ? '' : undefined}>
      {bad !== undefined ? (
        <p className="notice" role="note">
          {(labels?.badStep ?? t.badStep)(bad, total)}
        </p>
      ) : null}
      {ready ? (
        <StepNavigator step={step} total={total} onGo={go} live labels={{ ...words, nav: words.navTop }} />
      ) : null}
      <div className="tour-layout">
        <div className="tour-text">
          <div ref={stage} className="tour-steps">
            {children}
          </div>
          {ready ? (
            <StepFooter
              step={step}
              titles={steps.map((s) => s.title)}
              onGo={go}
              labels={{ ...words, nav: words.navBottom }}
            />
          ) : null}
        </div>
        {ready ? (
          <TourGraph
            lang={lang}
            steps={steps}
            step={step}
            graph={graph}
            canvas={canvas}
            preset={preset}
            graphLabel={labels?.graphLabel ?? t.graphLabel}
          />
        ) : null}
      </div>
      {ready && embed ? (
        <p className="tour-tools">
          <EmbedButton
            lang={lang}
            params={{ ...embed.params, step }}
            titles={embed.titles}
            defaultTour={embed.defaultTour}
            label={embed.label}
          />
        </p>
      ) : null}
    </div>
  );
}
