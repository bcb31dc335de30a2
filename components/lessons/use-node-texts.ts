'use client';

/**
 * The site's explanation of each idea of a lesson, with the paper's words it cites: HTML
 * rendered at build time from our own MDX (scripts/build-embed.ts), fetched from this site
 * (across origins inside an embed, from a file served to any origin), parsed, not trusted
 * blindly. A text that cannot be fetched is marked so the step can say it and link to the
 * idea's page instead.
 */
import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { Lang } from '@/graph/schema';
import { paths, withBase } from '../paths';

const NodeTextSchema = z.object({
  id: z.string(),
  lang: z.string(),
  html: z.string(),
  citations: z.array(z.object({ section: z.string(), quote: z.string(), refs: z.array(z.string()) })),
});
export type NodeText = z.infer<typeof NodeTextSchema>;

/** Per idea: its text, `'failed'`, or absent while loading. */
export type NodeTexts = ReadonlyMap<string, NodeText | 'failed'>;

/** Fetched texts, kept for the page's life (a reader may switch back to a step or language). */
const cache = new Map<string, Promise<NodeText | 'failed'>>();

function fetchText(id: string, lang: Lang): Promise<NodeText | 'failed'> {
  const key = `${lang}:${id}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetch(withBase(paths.embedNodeText(id, lang)))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((json: unknown): NodeText | 'failed' => {
        const parsed = NodeTextSchema.safeParse(json);
        return parsed.success && parsed.data.id === id ? parsed.data : 'failed';
      })
      .catch((): 'failed' => {
        cache.delete(key);
        return 'failed';
      });
    cache.set(key, pending);
  }
  return pending;
}

/** Only ids the site has are fetched (`known`), so nothing from an address reaches a request's path. */
export function useNodeTexts(ids: readonly string[], known: ReadonlySet<string>, lang: Lang): NodeTexts {
  const wanted = [...new Set(ids)].filter((id) => known.has(id));
  const key = `${lang}|${wanted.join(',')}`;
  const [got, setGot] = useState<{ key: string; texts: Map<string, NodeText | 'failed'> } | null>(null);
  useEffect(() => {
    let live = true;
    const texts = new Map<string, NodeText | 'failed'>();
    const ids = key.split('|')[1]?.split(',').filter(Boolean) ?? [];
    // Each text is shown as it arrives.
    for (const id of ids)
      void fetchText(id, lang).then((text) => {
        texts.set(id, text);
        if (live) setGot({ key, texts: new Map(texts) });
      });
    return () => {
      live = false;
    };
  }, [key, lang]);
  return got?.key === key ? got.texts : new Map();
}
