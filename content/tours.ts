/**
 * Guided tours: typed data in `content/tours/<tour-id>/tour.yaml` (title, summary, and the
 * steps with the node ids each highlights) and one MDX text per step per language in
 * `content/tours/<tour-id>/<NN>.<lang>.mdx`. Checked like the graph: an unknown node id,
 * a missing text or a broken MDX fails the build, naming the file, the step and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { problemsFromZod, type Problem } from '../graph/problems';
import { LANGS, Localized, NodeId, type Lang } from '../graph/schema';
import { compileMdx, scanMdx } from './mdx';

export const TOURS_DIR = path.join(process.cwd(), 'content', 'tours');
export const TOURS_COMPILED_DIR = path.join(process.cwd(), '.generated', 'tours');

/** The validated tours, as the build step wrote them, for the pages. */
export function loadTours(): Tour[] {
  const file = path.join(TOURS_COMPILED_DIR, 'tours.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "npm run data" (the build runs it first)`);
  return z.array(Tour).parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function compiledStep(tourId: string, step: number, lang: Lang): string {
  return fs.readFileSync(path.join(TOURS_COMPILED_DIR, tourId, `${stepKey(step, lang)}.js`), 'utf8');
}

export const TourStep = z.strictObject({
  title: Localized,
  /** The ideas this step is about: highlighted on the graph, listed beside the text. */
  nodes: z.array(NodeId).min(1, 'a step names at least one node it is about'),
});
export type TourStep = z.infer<typeof TourStep>;

export const Tour = z.strictObject({
  id: NodeId,
  title: Localized,
  summary: Localized,
  steps: z.array(TourStep).min(2, 'a tour has at least two steps'),
});
export type Tour = z.infer<typeof Tour>;

export interface TourFiles {
  id: string;
  yamlPath: string;
  yaml: string;
  /** `NN.lang` → { path, source } */
  texts: Map<string, { path: string; source: string }>;
}

export const stepKey = (n: number, lang: Lang) => `${String(n).padStart(2, '0')}.${lang}`;

export function readTourFiles(dir: string = TOURS_DIR): TourFiles[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
    .sort()
    .map((id) => {
      const folder = path.join(dir, id);
      const rel = (f: string) => path.relative(process.cwd(), path.join(folder, f));
      const texts = new Map<string, { path: string; source: string }>();
      for (const f of fs.readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
        texts.set(f.replace(/\.mdx$/, ''), { path: rel(f), source: fs.readFileSync(path.join(folder, f), 'utf8') });
      }
      const yamlFile = path.join(folder, 'tour.yaml');
      return {
        id,
        yamlPath: rel('tour.yaml'),
        yaml: fs.existsSync(yamlFile) ? fs.readFileSync(yamlFile, 'utf8') : '',
        texts,
      };
    });
}

export interface CheckedTours {
  tours: Tour[];
  problems: Problem[];
  /** `tour-id/NN.lang` → compiled MDX */
  compiled: Map<string, string>;
}

export async function checkTours(all: readonly TourFiles[], nodeIds: ReadonlySet<string>): Promise<CheckedTours> {
  const problems: Problem[] = [];
  const tours: Tour[] = [];
  const compiled = new Map<string, string>();
  for (const files of all) {
    if (files.yaml === '') {
      problems.push({
        file: files.yamlPath,
        id: files.id,
        field: '(file)',
        message: 'the tour has no tour.yaml',
        fix: 'write tour.yaml with id, title, summary and steps',
      });
      continue;
    }
    const doc = parseDocument(files.yaml);
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      problems.push({
        file: files.yamlPath,
        id: `line ${err?.linePos?.[0]?.line ?? '?'}`,
        field: '(YAML syntax)',
        message: err?.message.split('\n')[0] ?? 'invalid YAML',
        fix: 'correct the YAML syntax at that line',
      });
      continue;
    }
    const parsed = Tour.safeParse(doc.toJS());
    if (!parsed.success) {
      problems.push(...problemsFromZod(parsed.error, files.yamlPath, files.id));
      continue;
    }
    const tour = parsed.data;
    if (tour.id !== files.id) {
      problems.push({
        file: files.yamlPath,
        id: tour.id,
        field: 'id',
        message: `the id "${tour.id}" differs from its folder "${files.id}"`,
        fix: 'make the id and the folder name the same',
      });
    }
    tour.steps.forEach((step, i) => {
      for (const id of step.nodes) {
        if (!nodeIds.has(id)) {
          problems.push({
            file: files.yamlPath,
            id: `${tour.id} step ${i + 1}`,
            field: 'nodes',
            message: `the step names "${id}", which is not a node`,
            fix: 'use an id from graph/data/*.yaml',
          });
        }
      }
    });
    const expected = new Set(tour.steps.flatMap((_, i) => LANGS.map((l) => stepKey(i + 1, l))));
    for (const key of expected) {
      if (!files.texts.has(key)) {
        problems.push({
          file: path.join(path.dirname(files.yamlPath), `${key}.mdx`),
          id: `${tour.id} step ${Number(key.slice(0, 2))}`,
          field: `text (${key.slice(3)})`,
          message: 'the step has no text in this language',
          fix: `write ${path.join(path.dirname(files.yamlPath), `${key}.mdx`)}`,
        });
      }
    }
    for (const [key, text] of files.texts) {
      if (!expected.has(key)) {
        problems.push({
          file: text.path,
          id: tour.id,
          field: 'file name',
          message: 'this text belongs to no step of the tour',
          fix: 'name step texts NN.en.mdx / NN.zh.mdx for the steps listed in tour.yaml',
        });
        continue;
      }
      problems.push(...scanMdx(text.source, text.path, `${tour.id} step ${Number(key.slice(0, 2))}`, nodeIds));
      const result = await compileMdx(text.source, text.path, tour.id);
      if (result.ok) compiled.set(`${tour.id}/${key}`, result.code);
      else problems.push(result.problem);
    }
    tours.push(tour);
  }
  return { tours, problems, compiled };
}
