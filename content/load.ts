/**
 * The content side of the pipeline: one MDX explanation per node per language in
 * `content/nodes/<id>/<lang>.mdx`. `checkContent` validates them against the graph and
 * compiles them; `compiledExplanation` reads what the build step wrote for the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../graph/problems';
import { LANGS, Lang } from '../graph/schema';
import { compileMdx, scanMdx } from './mdx';

export const CONTENT_DIR = path.join(process.cwd(), 'content', 'nodes');
export const COMPILED_DIR = path.join(process.cwd(), '.generated', 'mdx');

export interface ContentFile {
  id: string;
  lang: Lang;
  /** Path relative to the project, for messages. */
  path: string;
  source: string;
}

/** Every MDX file under `dir`, plus stray entries that match no `<id>/<lang>.mdx` pattern. */
export function readContentFiles(dir: string = CONTENT_DIR): { files: ContentFile[]; stray: string[] } {
  const files: ContentFile[] = [];
  const stray: string[] = [];
  if (!fs.existsSync(dir)) return { files, stray };
  for (const id of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, id);
    if (!fs.statSync(folder).isDirectory()) {
      stray.push(path.relative(process.cwd(), folder));
      continue;
    }
    for (const name of fs.readdirSync(folder).sort()) {
      const lang = Lang.safeParse(name.replace(/\.mdx$/, ''));
      const rel = path.relative(process.cwd(), path.join(folder, name));
      if (!name.endsWith('.mdx') || !lang.success) {
        stray.push(rel);
        continue;
      }
      files.push({ id, lang: lang.data, path: rel, source: fs.readFileSync(path.join(folder, name), 'utf8') });
    }
  }
  return { files, stray };
}

export interface CheckedContent {
  problems: Problem[];
  compiled: Map<string, string>;
}

export const compiledKey = (id: string, lang: Lang) => `${id}.${lang}`;

/** Validates the explanations against the node ids and compiles each one. */
export async function checkContent(
  files: readonly ContentFile[],
  stray: readonly string[],
  nodeIds: ReadonlySet<string>,
  contentDir = 'content/nodes',
): Promise<CheckedContent> {
  const problems: Problem[] = stray.map((file) => ({
    file,
    id: '(content)',
    field: 'file name',
    message: 'not an explanation file',
    fix: 'explanations are content/nodes/<node-id>/en.mdx and zh.mdx; move or remove this file',
  }));
  const have = new Set(files.map((f) => compiledKey(f.id, f.lang)));
  for (const id of [...nodeIds].sort()) {
    for (const lang of LANGS) {
      if (!have.has(compiledKey(id, lang))) {
        problems.push({
          file: `${contentDir}/${id}/${lang}.mdx`,
          id,
          field: `explanation (${lang})`,
          message: `the node has no ${lang === 'en' ? 'English' : 'Chinese'} explanation`,
          fix: `write ${contentDir}/${id}/${lang}.mdx`,
        });
      }
    }
  }
  const compiled = new Map<string, string>();
  for (const f of files) {
    if (!nodeIds.has(f.id)) {
      problems.push({
        file: f.path,
        id: f.id,
        field: 'folder name',
        message: `this explanation belongs to no node: there is no node "${f.id}"`,
        fix: 'rename the folder to an existing node id, or add the node to graph/data/',
      });
      continue;
    }
    if (f.source.trim().length === 0) {
      problems.push({
        file: f.path,
        id: f.id,
        field: '(MDX)',
        message: 'the explanation is empty',
        fix: 'write the explanation',
      });
      continue;
    }
    problems.push(...scanMdx(f.source, f.path, f.id, nodeIds));
    const result = await compileMdx(f.source, f.path, f.id);
    if (result.ok) compiled.set(compiledKey(f.id, f.lang), result.code);
    else problems.push(result.problem);
  }
  return { problems, compiled };
}

/** The compiled explanation written by `scripts/build-data.ts`. */
export function compiledExplanation(id: string, lang: Lang): string {
  const file = path.join(COMPILED_DIR, `${compiledKey(id, lang)}.js`);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run "npm run data" (the build runs it first) to compile the explanations`);
  }
  return fs.readFileSync(file, 'utf8');
}
