'use client';

/**
 * The reader's practice progress: for each question answered, whether the latest answer
 * was right. Kept in this browser's localStorage only (nothing is sent anywhere), read
 * through useSyncExternalStore so the page renders the same HTML as the build and the
 * browser's value right after. When storage is blocked (a privacy setting, a sandboxed
 * frame) or not wanted (an embed), progress lives in memory for as long as the page is
 * open, and the player says so.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';

export const PROGRESS_KEY = 'framework-explorer:practice:v1';

const Progress = z.record(z.string(), z.strictObject({ right: z.boolean(), at: z.number() }));
export type Progress = z.infer<typeof Progress>;

/** `saved`: in localStorage; `blocked`: the browser refused it; `memory`: not asked to keep it. */
export type Keeping = 'saved' | 'blocked' | 'memory';

export interface ProgressStore {
  subscribe: (onChange: () => void) => () => void;
  snapshot: () => Progress;
  keeping: () => Keeping;
  record: (id: string, right: boolean) => void;
  /** Forgets these questions' results, or everything. */
  forget: (ids?: readonly string[]) => void;
}

const EMPTY: Progress = Object.freeze({});

function readStorage(): { progress: Progress; ok: boolean } {
  try {
    const raw = window.localStorage.getItem(PROGRESS_KEY);
    if (raw === null) return { progress: EMPTY, ok: true };
    const parsed = Progress.safeParse(JSON.parse(raw));
    return { progress: parsed.success ? parsed.data : EMPTY, ok: true };
  } catch {
    return { progress: EMPTY, ok: false };
  }
}

function writeStorage(progress: Progress): boolean {
  try {
    if (Object.keys(progress).length === 0) window.localStorage.removeItem(PROGRESS_KEY);
    else window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** A store that keeps progress in localStorage (`persist`) or only in memory. */
export function createProgressStore(persist: boolean): ProgressStore {
  let progress: Progress | undefined;
  let keeping: Keeping = persist ? 'saved' : 'memory';
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  const load = (): Progress => {
    if (progress === undefined) {
      if (persist) {
        const read = readStorage();
        progress = read.progress;
        if (!read.ok) keeping = 'blocked';
      } else progress = EMPTY;
    }
    return progress;
  };
  const save = (next: Progress) => {
    progress = next;
    if (keeping === 'saved' && !writeStorage(next)) keeping = 'blocked';
    notify();
  };
  // Another tab of the site answered or forgot: follow it.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    progress = undefined;
    notify();
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (persist && listeners.size === 1) window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(onChange);
        if (persist && listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
    snapshot: load,
    keeping: () => {
      load();
      return keeping;
    },
    record: (id, right) => save({ ...load(), [id]: { right, at: Date.now() } }),
    forget: (ids) => {
      if (ids === undefined) return save(EMPTY);
      const kept = { ...load() };
      for (const id of ids) delete kept[id];
      save(kept);
    },
  };
}

let local: ProgressStore | undefined;
/** The page's one localStorage-backed store. */
export function localProgress(): ProgressStore {
  local ??= createProgressStore(true);
  return local;
}

/** The progress, `{}` in the HTML and during hydration. */
export function useProgress(store: ProgressStore): Progress {
  return useSyncExternalStore(store.subscribe, store.snapshot, () => EMPTY);
}

/** How the progress is kept; `memory`'s "not kept" note never shows in the HTML. */
export function useKeeping(store: ProgressStore): Keeping {
  return useSyncExternalStore(store.subscribe, store.keeping, () => 'saved');
}
