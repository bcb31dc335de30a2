/**
 * Copies the browser files the site serves straight from its dependencies into
 * public/vendor/ (git-ignored): ELK's web worker, which lays out the explorer's argument
 * view in the browser without blocking the page. Run by `npm run data`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const out = path.join(process.cwd(), 'public', 'vendor');
fs.mkdirSync(out, { recursive: true });
for (const [from, to] of [['elkjs/lib/elk-worker.min.js', 'elk-worker.min.js']] as const) {
  fs.copyFileSync(require.resolve(from), path.join(out, to));
  process.stdout.write(`public/vendor/${to}\n`);
}
