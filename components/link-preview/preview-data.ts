/**
 * What a link preview shows of an idea, read from the idea's compare card
 * (`/compare/{lang}/{id}.json`, written by the build): its label in both languages, its
 * kind and its one-line summary. Loaded on the first hover, never with the page: the
 * schema uses zod's small build (zod/mini) and only the fields the card needs.
 */
import * as z from 'zod/mini';
import { cardPath } from '@/graph/compare-query';
import { withBase } from '../paths';

// As in graph/schema.ts: no compiled parsers, whose probe a Content-Security-Policy reports.
z.config({ jitless: true });

const Preview = z.object({
  id: z.string(),
  kind: z.string(),
  kindName: z.string(),
  label: z.string(),
  otherLabel: z.string(),
  summary: z.string(),
});
export type Preview = z.infer<typeof Preview>;

const cache = new Map<string, Promise<Preview>>();

export function loadPreview(lang: 'en' | 'zh', id: string): Promise<Preview> {
  const key = `${lang}/${id}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetch(withBase(cardPath(lang, id)))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((json: unknown) => Preview.parse(json));
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
