/**
 * Which scripts an exported page loads, read from its HTML and from its chunks' text.
 * Pure functions over strings, so they are unit-tested without a build.
 */
// htmlparser2 comes with linkinator (pinned in devDependencies, so the lock file fixes its
// version too). A real tokenizer copes with what a regex would not: attributes in any
// order, single or no quotes, `>` inside attribute values, and `<script` text inside
// inline scripts (the RSC payload Next writes into every page is full of such text).
import { Parser } from 'htmlparser2';

export interface ScriptTag {
  src: string;
  /** `nomodule` scripts run only in browsers without ES modules: never in a modern one. */
  noModule: boolean;
}

/** Every external `<script src>` of a page, in document order. */
export function scriptTags(html: string): ScriptTag[] {
  const tags: ScriptTag[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const src = attribs.src;
        if (name !== 'script' || src === undefined || src === '') return;
        tags.push({ src, noModule: 'nomodule' in attribs });
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return tags;
}

/**
 * The first-load scripts: every module script the page asks for, each counted once
 * (a browser fetches a URL once however often a page names it). Query strings and
 * fragments do not change which file is served, so they are dropped.
 */
export function firstLoadScripts(html: string): string[] {
  const srcs = scriptTags(html)
    .filter((t) => !t.noModule)
    .map((t) => t.src.replace(/[?#].*$/, ''));
  return [...new Set(srcs)];
}

/**
 * Chunks a chunk can load later on demand, as paths from the site's root (`_next/…`).
 * Turbopack compiles `import()`, and so `next/dynamic`, to a loader that fetches chunks by
 * their path under `/_next/`, written as string literals:
 * `["static/chunks/1exq9kqkhxe1k.js", …].map(t => e.l(t))`. Chunk file names are content
 * hashes, so such a literal matches nothing but a chunk path.
 */
export function lazyChunkRefs(chunkText: string): string[] {
  const refs = chunkText.matchAll(/["'](static\/chunks\/[\w.-]+\.js)["']/g);
  return [...new Set([...refs].map((m) => `_next/${m[1] ?? ''}`))];
}
