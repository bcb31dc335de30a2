'use client';

/**
 * Tells the page that frames this embed how tall its content is, so an optional host
 * script (public/embed/resize.js) can size the iframe to fit. The message is
 * `{ type: "framework-explorer:resize", height }` (documented in the teachers' guide); it
 * carries nothing private, so it goes to any parent ("*"): in a sandboxed frame the
 * parent's origin cannot even be known. Outside a frame nothing is sent.
 */
import { useEffect, type RefObject } from 'react';
import { RESIZE_MESSAGE } from '@/graph/embed-params';

export function useFrameHeight(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = root.current;
    if (!el || window.parent === window) return;
    let last = 0;
    const post = () => {
      // The root's own box, not the document's: the document is at least as tall as the
      // frame, so measuring it would let the frame grow but never shrink.
      const style = getComputedStyle(el);
      const height = Math.ceil(
        el.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
      );
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, [root]);
}
