/**
 * The last step of the build: gives every exported page a Content-Security-Policy of its
 * own that allows exactly the inline scripts the page was built with.
 *
 * Next's static pages carry their data in a few inline <script> tags, so the header
 * policy (scripts/headers.ts) has to allow inline scripts in general. Each page's inline
 * scripts are known once it is built, though: this step hashes them and writes
 *   <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-…' …">
 * at the top of <head>. A browser enforces both policies, so on every host — including
 * those that send no headers at all — a script injected into a page will not run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Inline scripts (no src attribute): Next escapes "</script" inside them, so the match is exact. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const HEAD_START = /<head>/;
const MARKER = 'http-equiv="Content-Security-Policy"';

export function scriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const body = m[1] ?? '';
    if (body === '') continue;
    hashes.add(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The page with its script policy first in <head>; a page that already has one is left alone. */
export function withCspMeta(html: string): string {
  if (html.includes(MARKER) || !HEAD_START.test(html)) return html;
  const policy = ["script-src 'self'", ...scriptHashes(html)].join(' ');
  return html.replace(HEAD_START, `<head><meta ${MARKER} content="${policy}"/>`);
}

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const out = path.join(process.cwd(), 'out');
  const files = htmlFiles(out);
  let scripts = 0;
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const next = withCspMeta(html);
    scripts += scriptHashes(html).length;
    if (next !== html) fs.writeFileSync(file, next);
  }
  console.log(`csp-meta: ${files.length} pages, ${scripts} inline scripts hashed`);
}
