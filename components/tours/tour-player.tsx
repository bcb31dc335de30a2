'use client';

/**
 * Turns the server-rendered sequence of steps into a guided tour: one step at a time
 * (`?step=N` in the address, so every step has a link and back/forward work), previous
 * and next buttons, the arrow keys, a progress line, and the tour's ideas on a graph with
 * the current step's highlighted. Without JavaScript none of this runs and every step
 * reads in order.
 */
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { toursStrings } from '@/content/messages/tour-strings';
import type { ExplorerGraph } from '@/graph/explorer-data';
import type { EmbedParams } from '@/graph/embed-params';
import type { Lang, Localized } from '@/graph/schema';
import { parseStep } from '@/graph/tour-params';
import { EmbedButton } from '../embed/embed-button';
import type { Preset } from '@/graph/build-pictures';
import { SmallGraph, type SmallGraphLabels } from '../explorer/small-graph';
import { pushSearch, useLocationSearch } from '../use-client';
import { useStepKeys } from './use-step-keys';

export interface PlayerStep {
  title: string;
  nodes: string[];
}

export function TourPlayer({
  lang,
  steps,
  graph,
  embed,
  canvas,
  preset,
  children,
}: {
  lang: Lang;
  steps: PlayerStep[];
  graph: ExplorerGraph;
  /** This tour, for the "Embed this view" dialog (the step is the current one). */
  embed: { params: EmbedParams; titles: Localized; defaultTour: string; label: string };
  /** The graph's words, in the page's language. */
  canvas: SmallGraphLabels;
  /** The tour's ideas placed at build time. */
  preset: Preset;
  children: ReactNode;
}) {
  const t = toursStrings(lang);
  const total = steps.length;
  // The step lives in the address (?step=N), so back and forward move through the tour.
  const search = useLocationSearch();
  const ready = search !== null;
  const { step, bad } = useMemo(
    () => (search === null ? { step: 1, bad: undefined } : parseStep(search, total)),
    [search, total],
  );
  const stage = useRef<HTMLDivElement>(null);
  // Set when the reader moves to another step, so its heading takes focus once it is shown
  // (not on load or back/forward, where focus stays where the browser puts it).
  const focusStep = useRef(false);

  const go = useCallback(
    (n: number) => {
      if (n < 1 || n > total) return;
      const url = new URL(window.location.href);
      url.searchParams.set('step', String(n));
      focusStep.current = true;
      pushSearch(url.search);
    },
    [total],
  );

  // Show only the current step; the others stay in the page for readers without JavaScript.
  useEffect(() => {
    if (!ready) return;
    stage.current?.querySelectorAll<HTMLElement>('[data-step]').forEach((el) => {
      el.hidden = el.dataset.step !== String(step);
    });
    // A hidden element cannot take focus, so the new step's heading is focused only now.
    if (focusStep.current) {
      focusStep.current = false;
      stage.current?.querySelector<HTMLElement>(`[data-step="${step}"] h2`)?.focus();
    }
  }, [step, ready]);

  useStepKeys(step, go);

  const current = steps[step - 1];
  const highlight = useMemo(() => new Set<string>(current?.nodes ?? []), [current]);
  // The graph zooms to the step's ideas, as far as their labels stay readable.
  const framing = useMemo(() => ({ kind: 'ideas' as const, ids: highlight }), [highlight]);

  return (
    <div className="tour" data-ready={ready ? '' : undefined}>
      {bad !== undefined ? (
        <p className="notice" role="note">
          {t.badStep(bad, total)}
        </p>
      ) : null}
      {ready ? (
        <nav className="tour-nav" aria-label={t.progress(step, total)}>
          <button type="button" onClick={() => go(step - 1)} disabled={step <= 1}>
            ← {t.previous}
          </button>
          <p className="tour-progress" aria-live="polite">
            <strong>{t.progress(step, total)}</strong>
            {current ? `: ${current.title}` : ''}
          </p>
          <button type="button" onClick={() => go(step + 1)} disabled={step >= total}>
            {t.next} →
          </button>
          <EmbedButton
            lang={lang}
            params={{ ...embed.params, step }}
            titles={embed.titles}
            defaultTour={embed.defaultTour}
            label={embed.label}
          />
        </nav>
      ) : null}
      <div className="tour-layout">
        <div ref={stage} className="tour-steps">
          {children}
        </div>
        {ready ? (
          <SmallGraph
            lang={lang}
            graph={graph}
            preset={preset}
            labels={canvas}
            highlight={highlight}
            framing={framing}
            className="tour-graph"
            captionId="tour-graph-caption"
            caption={t.graphLabel}
          />
        ) : null}
      </div>
    </div>
  );
}
