/**
 * The question bank's files: `content/questions/figures.yaml` (the figures the paper
 * prints, for derived questions) and `content/questions/<tour-id>.yaml` (each tour's
 * authored questions). `checkQuestions` validates them against the graph and builds the
 * bank (build-data writes it to `.generated/questions.json` and `/data/questions.json`);
 * `loadQuestionBank` reads it back for the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { problemsFromZod, type Problem } from '../graph/problems';
import { compileAuthored, type AuthoredSource } from '../graph/questions/authored';
import { assembleBank } from '../graph/questions/bank';
import { FIGURES_FILE, deriveQuestions, type Formula } from '../graph/questions/derive';
import { FigureInput, FiguresFile, QuestionBank } from '../graph/questions/schema';
import type { Graph } from '../graph/schema';
import { IHDE_RELATIONS, REFRAMING } from './relations';
import type { Tour } from './tours';

export const QUESTIONS_DIR = path.join(process.cwd(), 'content', 'questions');
export const QUESTIONS_COMPILED = path.join(process.cwd(), '.generated', 'questions.json');

/** The formulas the relations page prints (checked verbatim against the paper by the build). */
export const FORMULAS: Formula[] = [...IHDE_RELATIONS, REFRAMING.from, REFRAMING.to].map((r) => ({
  id: r.id,
  formula: r.formula,
}));

export interface QuestionFiles {
  figures: { path: string; text: string } | undefined;
  authored: AuthoredSource[];
}

export function readQuestionFiles(dir: string = QUESTIONS_DIR): QuestionFiles {
  const rel = (f: string) => path.relative(process.cwd(), path.join(dir, f));
  if (!fs.existsSync(dir)) return { figures: undefined, authored: [] };
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  return {
    figures: names.includes('figures.yaml') ? { path: rel('figures.yaml'), text: read('figures.yaml') } : undefined,
    authored: names
      .filter((f) => f !== 'figures.yaml')
      .map((f) => ({ path: rel(f), name: f.replace(/\.yaml$/, ''), text: read(f) })),
  };
}

function parseFigures(file: QuestionFiles['figures'], problems: Problem[]): FigureInput[] {
  if (!file) {
    problems.push({
      file: FIGURES_FILE,
      id: '(file)',
      field: '(file)',
      message: 'the figures file is missing',
      fix: 'write content/questions/figures.yaml with a list "figures:"',
    });
    return [];
  }
  const doc = parseDocument(file.text, { prettyErrors: true });
  const raw = FiguresFile.safeParse(doc.errors.length > 0 ? undefined : doc.toJS());
  if (!raw.success) {
    const line = doc.errors[0]?.linePos?.[0]?.line;
    problems.push(
      ...(doc.errors.length > 0
        ? [
            {
              file: file.path,
              id: `line ${line ?? '?'}`,
              field: '(YAML syntax)',
              message: doc.errors[0]?.message.split('\n')[0] ?? 'invalid YAML',
              fix: 'correct the YAML syntax at that line',
            },
          ]
        : problemsFromZod(raw.error, file.path, '(file)')),
    );
    return [];
  }
  const seen = new Set<string>();
  return raw.data.figures.flatMap((entry, i) => {
    const parsed = FigureInput.safeParse(entry);
    if (!parsed.success) {
      problems.push(...problemsFromZod(parsed.error, file.path, `figures[${i}]`));
      return [];
    }
    if (seen.has(parsed.data.id)) {
      problems.push({
        file: file.path,
        id: parsed.data.id,
        field: 'id',
        message: 'the id is used twice',
        fix: 'give each figure its own id',
      });
      return [];
    }
    seen.add(parsed.data.id);
    return [parsed.data];
  });
}

export interface CheckedQuestions {
  bank: QuestionBank;
  problems: Problem[];
}

/** Validates the question files against the graph and the tours, and builds the bank. */
export function checkQuestions(files: QuestionFiles, graph: Graph, tours: readonly Tour[]): CheckedQuestions {
  const problems: Problem[] = [];
  const figures = parseFigures(files.figures, problems);
  const derived = deriveQuestions({ graph, figures, formulas: FORMULAS });
  problems.push(...derived.problems);
  const authored = compileAuthored(
    files.authored,
    graph,
    tours.map((t) => t.id),
  );
  problems.push(...authored.problems);
  const outlines = tours.map((t) => ({ id: t.id, nodes: t.steps.flatMap((s) => s.nodes) }));
  for (const t of tours) {
    const n = authored.questions.filter((q) => q.tours.includes(t.id)).length;
    if (n < MIN_AUTHORED_PER_TOUR)
      problems.push({
        file: `content/questions/${t.id}.yaml`,
        id: t.id,
        field: 'questions',
        message: `the tour has ${n} authored question${n === 1 ? '' : 's'}`,
        fix: `write at least ${MIN_AUTHORED_PER_TOUR} questions on the tour's argument`,
      });
  }
  return { bank: assembleBank(derived.questions, authored.questions, outlines, graph.version), problems };
}

/** Every tour gets at least this many authored questions. */
export const MIN_AUTHORED_PER_TOUR = 6;

/** The bank as the build step wrote it, for the pages. */
export function loadQuestionBank(): QuestionBank {
  if (!fs.existsSync(QUESTIONS_COMPILED))
    throw new Error(`${QUESTIONS_COMPILED} is missing: run "npm run data" (the build runs it first)`);
  return QuestionBank.parse(JSON.parse(fs.readFileSync(QUESTIONS_COMPILED, 'utf8')));
}
