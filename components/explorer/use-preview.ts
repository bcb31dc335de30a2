'use client';

/**
 * The idea the reader points at — by hovering, tapping or the arrow keys — and the link
 * under the pointer. A hover preview lingers a moment after the pointer leaves, so the
 * pointer can reach the card and its buttons; moving the picture clears it.
 */
import { useCallback, useRef, useState } from 'react';
import type { HoverTarget } from './canvas-events';
import type { Preview } from './preview-card';

const LINGER_MS = 250;

export function usePreview(frameOf: () => { w: number; h: number }) {
  const [preview, setPreview] = useState<Preview | undefined>(undefined);
  const [edge, setEdge] = useState<{ id: string; x: number; y: number } | undefined>(undefined);
  const timer = useRef(0);
  const overCard = useRef(false);

  const cancelHide = () => window.clearTimeout(timer.current);
  const hideSoon = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (!overCard.current) setPreview((p) => (p?.via === 'key' ? p : undefined));
    }, LINGER_MS);
  }, []);

  const hover = useCallback(
    (target: HoverTarget | undefined) => {
      if (!target) {
        setEdge(undefined);
        hideSoon();
        return;
      }
      if (target.type === 'edge') {
        setEdge({ id: target.id, x: target.x, y: target.y });
        return;
      }
      window.clearTimeout(timer.current);
      setPreview({ id: target.id, box: target.box, frame: frameOf(), via: target.touch ? 'touch' : 'pointer' });
    },
    // frameOf reads the canvas box's size when called (it may change identity each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- frameOf is read at call time through the closure
    [hideSoon],
  );

  return {
    preview,
    edge,
    hover,
    setPreview,
    clear: useCallback(() => {
      setPreview(undefined);
      setEdge(undefined);
    }, []),
    /** The pointer moved onto the card: keep it. */
    enterCard: () => {
      overCard.current = true;
      cancelHide();
    },
    leaveCard: () => {
      overCard.current = false;
      hideSoon();
    },
  };
}
