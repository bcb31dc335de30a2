'use client';

/**
 * Values that exist only in the browser, read without an effect that sets state.
 *
 * Pages are rendered to HTML at build time, so the first render in the browser must match
 * the HTML; `useSyncExternalStore` gives the server snapshot during hydration and the
 * browser's value right after, which is what an effect calling `setState` on mount did,
 * without the second render pass that effect forced on every such component.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/** False in the HTML and during hydration, true once the page runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * A browser value that does not change while the page is open (`read` must return the
 * same primitive each time), with `server` in the HTML.
 */
export function useBrowserValue<T extends string | number | boolean>(read: () => T, server: T): T {
  return useSyncExternalStore(noSubscription, read, () => server);
}

/** Called when this page changes its own address (`pushSearch`). */
const pushListeners = new Set<() => void>();

function subscribeToHistory(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  pushListeners.add(onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    pushListeners.delete(onChange);
  };
}

/** Puts a new query string in the address (a new history entry) and tells its readers. */
export function pushSearch(search: string): void {
  window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  for (const listener of pushListeners) listener();
}

/**
 * The address's query string, followed through back and forward and `pushSearch`;
 * `null` in the HTML (the page cannot know its address before it runs).
 */
export function useLocationSearch(): string | null {
  return useSyncExternalStore(
    subscribeToHistory,
    () => window.location.search,
    () => null,
  );
}

/**
 * The latest value of a prop or callback, for event handlers registered once (a
 * cytoscape listener): written after each commit, never during render.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
