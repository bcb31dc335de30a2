/**
 * When a link preview opens and closes, in the manner of Quartz and Obsidian: after a short
 * hover with a mouse or pen, or at once when a link gets keyboard focus; it closes when
 * the pointer leaves (unless it moves onto the card), when focus leaves and on Escape. Never on a touch-only device, where a preview would swallow the tap: nothing is
 * attached there at all. Returns the function that detaches everything.
 */
import { nodeOfHref } from './node-href';

export interface HoverCallbacks {
  open: (link: HTMLAnchorElement, target: { lang: 'en' | 'zh'; id: string }) => void;
  close: () => void;
  /** The card itself: moving onto it keeps it open. */
  card: () => HTMLElement | null;
}

/** Milliseconds a mouse rests on a link before its preview opens, and lingers after it leaves. */
export const OPEN_DELAY = 350;
export const CLOSE_DELAY = 200;

export function attachHoverPreviews(basePath: string, cb: HoverCallbacks): () => void {
  if (!window.matchMedia('(any-hover: hover)').matches) return () => undefined;
  const controller = new AbortController();
  const on = { signal: controller.signal };
  let timer: number | undefined;
  const later = (fn: () => void, ms: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(fn, ms);
  };
  const nodeLink = (t: EventTarget | null) => {
    const a = t instanceof Element ? t.closest<HTMLAnchorElement>('a[href]') : null;
    if (!a || a.closest('[data-no-preview]')) return undefined;
    const target = nodeOfHref(a.href, window.location.origin, basePath);
    return target ? { a, target } : undefined;
  };

  document.addEventListener(
    'pointerover',
    (e) => {
      if (e.pointerType === 'touch') return;
      if (cb.card()?.contains(e.target instanceof Node ? e.target : null)) return window.clearTimeout(timer);
      const hit = nodeLink(e.target);
      if (hit) later(() => cb.open(hit.a, hit.target), OPEN_DELAY);
    },
    on,
  );
  document.addEventListener(
    'pointerout',
    (e) => {
      if (e.pointerType === 'touch') return;
      const into = e.relatedTarget instanceof Node ? e.relatedTarget : null;
      if (nodeLink(e.target) || cb.card()?.contains(e.target instanceof Node ? e.target : null))
        if (!cb.card()?.contains(into)) later(cb.close, CLOSE_DELAY);
    },
    on,
  );
  document.addEventListener(
    'focusin',
    (e) => {
      const hit = nodeLink(e.target);
      if (hit?.a.matches(':focus-visible')) {
        window.clearTimeout(timer);
        cb.open(hit.a, hit.target);
      }
    },
    on,
  );
  document.addEventListener('focusout', (e) => (nodeLink(e.target) ? cb.close() : undefined), on);
  document.addEventListener('keydown', (e) => (e.key === 'Escape' ? cb.close() : undefined), on);
  return () => {
    window.clearTimeout(timer);
    controller.abort();
  };
}
