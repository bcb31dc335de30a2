'use client';

/**
 * A step navigator in one row — previous, "3 / 10", next — that fits a phone. The
 * position is read out in full ("Step 3 of 10"); the buttons are named in full ("Next
 * step", their aria-label, which contains the visible word) and show a short word on
 * narrow screens. Reusable for any
 * stepped sequence: it only draws and reports clicks (see use-step-param.ts for the step
 * itself and use-step-keys.ts for the arrow keys).
 */
import type { ReactNode } from 'react';

export interface StepNavigatorLabels {
  /** The navigation landmark's name; two navigators on a page need different names. */
  nav: string;
  previous: string;
  next: string;
  /** Shown instead of `previous`/`next` on narrow screens. */
  previousShort: string;
  nextShort: string;
  /** "Step 3 of 10": read out, and the visible text's full form. */
  progress: (n: number, total: number) => string;
  /** "3 / 10": what the navigator shows. */
  position: (n: number, total: number) => string;
}

export function StepNavigator({
  step,
  total,
  onGo,
  labels,
  live = false,
  className,
  children,
}: {
  step: number;
  total: number;
  onGo: (n: number) => void;
  labels: StepNavigatorLabels;
  /** Announce the position when it changes (one navigator per page should). */
  live?: boolean;
  className?: string;
  /** Anything more for the row's end, such as an "Embed" button. */
  children?: ReactNode;
}) {
  return (
    <nav className={['tour-nav', 'step-nav', className].filter(Boolean).join(' ')} aria-label={labels.nav}>
      <button
        type="button"
        className="step-prev"
        aria-label={labels.previous}
        onClick={() => onGo(step - 1)}
        disabled={step <= 1}
      >
        <span aria-hidden="true">← </span>
        <span className="step-word-long">{labels.previous}</span>
        <span className="step-word-short">{labels.previousShort}</span>
      </button>
      <p className="tour-progress" aria-live={live ? 'polite' : undefined}>
        <span className="visually-hidden">{labels.progress(step, total)}</span>
        <span aria-hidden="true">{labels.position(step, total)}</span>
      </p>
      <button
        type="button"
        className="step-next"
        aria-label={labels.next}
        onClick={() => onGo(step + 1)}
        disabled={step >= total}
      >
        <span className="step-word-long">{labels.next}</span>
        <span className="step-word-short">{labels.nextShort}</span>
        <span aria-hidden="true"> →</span>
      </button>
      {children}
    </nav>
  );
}

export interface StepFooterLabels {
  nav: string;
  backTo: (n: number, title: string) => string;
  onTo: (n: number, title: string) => string;
}

/**
 * The navigator after a step's text, so a reader who has scrolled to the end goes on
 * without scrolling back: the previous and next steps by their titles. On the last step
 * there is no next button; the step itself says where to go from there.
 */
export function StepFooter({
  step,
  titles,
  onGo,
  labels,
}: {
  step: number;
  /** Every step's title, in order. */
  titles: readonly string[];
  onGo: (n: number) => void;
  labels: StepFooterLabels;
}) {
  const previous = titles[step - 2];
  const next = titles[step];
  if (previous === undefined && next === undefined) return null;
  return (
    <nav className="step-footer" aria-label={labels.nav}>
      {previous !== undefined ? (
        <button type="button" className="step-prev" onClick={() => onGo(step - 1)}>
          <span aria-hidden="true">← </span>
          {labels.backTo(step - 1, previous)}
        </button>
      ) : null}
      {next !== undefined ? (
        <button type="button" className="step-next" onClick={() => onGo(step + 1)}>
          {labels.onTo(step + 1, next)}
          <span aria-hidden="true"> →</span>
        </button>
      ) : null}
    </nav>
  );
}
