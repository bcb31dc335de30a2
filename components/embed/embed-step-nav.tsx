import type { toursEn } from '@/content/messages/tour-strings';

/**
 * The step navigator of an embedded tour or lesson: previous, where we are, next. In a
 * narrow frame (app/embed/embed.css) it keeps to one row with the short words and "3 / 10".
 */
export function EmbedStepNav({
  step,
  total,
  go,
  t,
}: {
  step: number;
  total: number;
  go: (n: number) => void;
  t: typeof toursEn;
}) {
  return (
    <nav className="tour-nav" aria-label={t.progress(step, total)}>
      <button type="button" onClick={() => go(step - 1)} disabled={step <= 1}>
        ← <span className="wide-only">{t.previous}</span>
        <span className="narrow-only">{t.previousShort}</span>
      </button>
      <p className="tour-progress" aria-live="polite">
        <strong>
          <span className="wide-only">{t.progress(step, total)}</span>
          <span className="narrow-only">{t.position(step, total)}</span>
        </strong>
      </p>
      <button type="button" onClick={() => go(step + 1)} disabled={step >= total}>
        <span className="wide-only">{t.next}</span>
        <span className="narrow-only">{t.nextShort}</span> →
      </button>
    </nav>
  );
}
