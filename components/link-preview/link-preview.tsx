'use client';

/**
 * Link previews on every page: hovering (mouse or pen) or keyboard-focusing a link to an
 * idea shows a small card — its label in both languages, its kind and its one-line
 * summary. The card floats (absolutely positioned, out of the flow), so nothing on the page moves; the link is
 * described by it (aria-describedby) while it shows, and it is only supplementary: the
 * link's own text names the idea. Its data and parser load on the first preview, so
 * pages carry only this small listener.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { BASE_PATH } from '../paths';
import { attachHoverPreviews } from './hover-intent';
import type { Preview } from './preview-data';
import './link-preview.css';

const CARD_ID = 'link-preview';
/** The card's width in CSS pixels (20rem), for keeping it inside the window. */
const CARD_WIDTH = 320;

interface Shown {
  preview: Preview;
  lang: 'en' | 'zh';
  /** Where the card goes in the document (it scrolls with the link). */
  left: number;
  top: number;
  /** Above the link (the card is then moved up by its own height), when there is no room below. */
  above: boolean;
}

export function LinkPreview() {
  const [shown, setShown] = useState<Shown | null>(null);
  const card = useRef<HTMLDivElement>(null);
  const link = useRef<HTMLAnchorElement | null>(null);
  const ticket = useRef(0);

  const close = useCallback(() => {
    ticket.current += 1;
    describe(link.current, false);
    link.current = null;
    setShown(null);
  }, []);

  const open = useCallback(
    (a: HTMLAnchorElement, target: { lang: 'en' | 'zh'; id: string }) => {
      if (link.current === a) return;
      close();
      const mine = ++ticket.current;
      import('./preview-data')
        .then(({ loadPreview }) => loadPreview(target.lang, target.id))
        .then((preview) => {
          if (ticket.current !== mine || !a.isConnected) return;
          link.current = a;
          describe(a, true);
          setShown({ preview, lang: target.lang, ...place(a.getBoundingClientRect()) });
        })
        .catch(() => undefined);
    },
    [close],
  );

  useEffect(() => attachHoverPreviews(BASE_PATH, { open, close, card: () => card.current }), [open, close]);

  if (!shown) return null;
  const { preview, lang } = shown;
  return (
    <div
      ref={card}
      id={CARD_ID}
      role="tooltip"
      className={shown.above ? 'link-preview above' : 'link-preview'}
      lang={lang === 'zh' ? 'zh-Hans' : 'en'}
      style={{ left: shown.left, top: shown.top }}
    >
      <p className="lp-kind">
        <span className={`badge kind-${preview.kind}`}>{preview.kindName}</span>
      </p>
      <p className="lp-label">
        <strong>{preview.label}</strong>{' '}
        <span lang={lang === 'zh' ? 'en' : 'zh-Hans'} className="lp-other">
          {preview.otherLabel}
        </span>
      </p>
      <p className="lp-summary">{preview.summary}</p>
    </div>
  );
}

/** Below the link when there is room, else above it; never past the window's edges. */
function place(r: DOMRect): Pick<Shown, 'left' | 'top' | 'above'> {
  const left = window.scrollX + Math.max(8, Math.min(r.left, window.innerWidth - CARD_WIDTH - 8));
  const below = window.innerHeight - r.bottom;
  const above = below < 200 && below < r.top;
  return { left, top: window.scrollY + (above ? r.top - 6 : r.bottom + 6), above };
}

/** Adds or removes the card from the link's description, keeping any description it had. */
function describe(a: HTMLAnchorElement | null, on: boolean) {
  if (!a) return;
  const ids = (a.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '' && id !== CARD_ID);
  if (on) ids.push(CARD_ID);
  if (ids.length > 0) a.setAttribute('aria-describedby', ids.join(' '));
  else a.removeAttribute('aria-describedby');
}
