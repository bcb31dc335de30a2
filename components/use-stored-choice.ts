'use client';

/**
 * A small choice the reader makes and the site remembers (the explorer's graph or list,
 * its panel open or folded), kept in localStorage. Where storage is blocked (private
 * modes, sandboxed frames, strict settings) the choice still holds for the page's life,
 * and nothing fails. Read with useSyncExternalStore: the HTML shows the fallback, the
 * browser its remembered value right after.
 */
import { useCallback, useSyncExternalStore } from 'react';

const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function read(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? memory.get(key);
  } catch {
    return memory.get(key);
  }
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function useStoredChoice<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): [T, (value: T) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => allowed.find((a) => a === read(key)) ?? fallback,
    () => fallback,
  );
  const set = useCallback(
    (next: T) => {
      memory.set(key, next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // Storage is blocked: the choice lives in memory for this page.
      }
      for (const l of listeners) l();
    },
    [key],
  );
  return [value, set];
}
