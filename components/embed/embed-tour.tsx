'use client';

/**
 * A guided tour inside an embed: one step at a time with previous/next buttons and the
 * arrow keys, the step's ideas highlighted on the tour's graph. The step texts were
 * rendered to HTML at build time (scripts/build-embed.ts) from our own MDX, and are
 * fetched from this site; if that fails the frame says so and links to the step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { messages } from '@/content/messages';
import type { ExplorerGraph } from '@/graph/explorer-data';
import type { Lang } from '@/graph/schema';
import { smallGraphLabels } from '@/content/messages/explore-strings';
import { sentences, withColon } from '@/content/punctuation';
import type { Preset } from '@/graph/build-pictures';
import { SmallGraph } from '../explorer/small-graph';
import { useStepKeys } from '../tours/use-step-keys';
import { EmbedStepNav } from './embed-step-nav';
import { paths, withBase } from '../paths';
import type { EmbedTour as Tour } from './embed-data';

const StepTexts = z.object({ tour: z.string(), lang: z.string(), steps: z.array(z.string()) });

type Texts = { status: 'loading' } | { status: 'ok'; steps: string[] } | { status: 'failed' };

export function EmbedTour({
  lang,
  tour,
  step,
  onStep,
  graph,
  scroll,
  preset,
}: {
  lang: Lang;
  tour: Tour;
  step: number;
  onStep: (n: number) => void;
  graph: ExplorerGraph;
  scroll: boolean;
  /** The tour's ideas placed at build time, in this language. */
  preset: Preset | undefined;
}) {
  const t = messages(lang);
  const total = tour.steps.length;
  // The texts fetched, with the tour and language they belong to: until the ones asked for
  // arrive, the step shows as loading (no effect has to reset anything).
  const source = `${tour.id}.${lang}`;
  const [fetched, setFetched] = useState<{ source: string; texts: Texts } | null>(null);
  const texts: Texts = fetched?.source === source ? fetched.texts : { status: 'loading' };
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let live = true;
    const setTexts = (t: Texts) => setFetched({ source, texts: t });
    fetch(withBase(paths.embedTourText(tour.id, lang)))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((json: unknown) => {
        const parsed = StepTexts.safeParse(json);
        if (live)
          setTexts(
            parsed.success && parsed.data.steps.length === total
              ? { status: 'ok', steps: parsed.data.steps }
              : { status: 'failed' },
          );
      })
      .catch(() => live && setTexts({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [tour.id, lang, total, source]);

  const go = useCallback(
    (n: number) => {
      if (n < 1 || n > total) return;
      moved.current = true;
      onStep(n);
    },
    [onStep, total],
  );

  // After the reader moves, focus goes to the new step's heading (not on first load: an
  // embed must not pull focus into itself from the host page).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  useStepKeys(step, go);

  const current = tour.steps[step - 1];
  const ids = useMemo(() => new Set(tour.steps.flatMap((s) => s.nodes)), [tour]);
  const sub = useMemo(
    () => ({
      nodes: graph.nodes.filter((n) => ids.has(n.id)),
      edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    }),
    [graph, ids],
  );
  const highlight = useMemo(() => new Set<string>(current?.nodes ?? []), [current]);
  const framing = useMemo(() => ({ kind: 'ideas' as const, ids: highlight }), [highlight]);
  const label = new Map(graph.nodes.map((n) => [n.id, n.label[lang]]));

  return (
    <div className="tour embed-tour">
      <EmbedStepNav step={step} total={total} go={go} t={t.tours} />
      <div className="tour-layout">
        <article className="tour-step" data-step={step}>
          <h2 ref={heading} tabIndex={-1}>
            {current?.title[lang]}
          </h2>
          {texts.status === 'ok' ? (
            // Our own build output (MDX rendered at build time), never a URL value.
            <div dangerouslySetInnerHTML={{ __html: texts.steps[step - 1] ?? '' }} />
          ) : texts.status === 'failed' ? (
            <p className="notice" role="note">
              {t.embed.tourStepFailed}{' '}
              <a href={withBase(paths.tour(lang, tour.id, step))} target="_blank" rel="noopener">
                {t.embed.readStep}
              </a>
            </p>
          ) : (
            <p className="muted">{t.embed.loading}</p>
          )}
          <p className="step-ideas">
            <span className="label">{withColon(lang, t.tours.stepIdeas)}</span>
            {(current?.nodes ?? []).map((id, k) => (
              <span key={id}>
                {k > 0 ? ' · ' : ''}
                <a href={withBase(paths.node(lang, id))} target="_blank" rel="noopener">
                  {label.get(id) ?? id}
                </a>
              </span>
            ))}
          </p>
        </article>
        <SmallGraph
          lang={lang}
          graph={sub}
          preset={preset}
          labels={smallGraphLabels(lang, t.tours.graphLabel, 'tour')}
          highlight={highlight}
          framing={framing}
          wheelZoom={scroll}
          eager
          fitDrawing={false}
          className="tour-graph"
          captionId="embed-tour-caption"
          caption={sentences(lang, t.tours.graphLabel, t.tours.keys)}
        />
      </div>
    </div>
  );
}
