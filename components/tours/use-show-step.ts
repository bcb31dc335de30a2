'use client';

/**
 * Shows one step of a server-rendered sequence at a time. The steps are elements with
 * `data-step="N"` inside `stage`; without JavaScript they all stay visible, in order.
 * After the reader moves (`movedRef.current` set by the caller), the new step's heading takes
 * focus once it is shown; on load, an address such as `?step=3#step-3` scrolls to the step.
 */
import { useEffect, type RefObject } from 'react';

export function useShowStep(
  stage: RefObject<HTMLElement | null>,
  step: number,
  ready: boolean,
  movedRef: RefObject<boolean>,
) {
  useEffect(() => {
    if (!ready) return;
    const root = stage.current;
    root?.querySelectorAll<HTMLElement>('[data-step]').forEach((el) => {
      el.hidden = el.dataset.step !== String(step);
    });
    const current = root?.querySelector<HTMLElement>(`[data-step="${step}"]`);
    if (movedRef.current) {
      // A hidden element cannot take focus, so the new step's heading is focused only now.
      movedRef.current = false;
      current?.querySelector<HTMLElement>('h2')?.focus();
    } else if (window.location.hash === `#step-${step}`) {
      // The browser scrolled to the step while every step was shown; hiding the others moved it.
      current?.scrollIntoView({ block: 'start' });
    }
  }, [stage, step, ready, movedRef]);
}
