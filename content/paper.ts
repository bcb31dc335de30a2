/**
 * The reading companion's authored parts: the paper's bibliographic record
 * (`content/paper.yaml`, empty unless a deployer fills it in) and, per section, our summary
 * and the ideas whose defining clause the paper page quotes (`content/paper-sections.yaml`).
 * Both are validated here; a problem names the file, the entry and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { readPaperRecord, type PaperRecord } from '../graph/paper-identity';
import type { Problem } from '../graph/problems';
import { Localized, NodeId } from '../graph/schema';
import { PAPER_SECTIONS, type PaperPart } from '../graph/sections';

export const PAPER_FILE = 'content/paper.yaml';
export const SECTIONS_FILE = 'content/paper-sections.yaml';

const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), 'utf8');

/** The record and its problems, from the text of content/paper.yaml. */
export function checkPaperRecord(text: string): { record: PaperRecord; problems: Problem[] } {
  const yaml = parseYaml(text);
  if (!yaml.ok)
    return {
      record: { given: false },
      problems: [
        { file: PAPER_FILE, id: 'paper', field: '(YAML syntax)', message: yaml.message, fix: 'correct the YAML' },
      ],
    };
  const { record, problems } = readPaperRecord(yaml.value);
  return {
    record,
    problems: problems.map((p) => ({
      file: PAPER_FILE,
      id: 'paper',
      field: p.split(':')[0] ?? '(file)',
      message: p,
      fix: 'give the complete record (title, authors, venue and year in both languages; DOI, URL optional) or leave the file empty',
    })),
  };
}

const SectionNoteInput = z.strictObject({
  id: z.string(),
  summary: Localized,
  quote: z.array(NodeId),
});

/** Our note on one section: what it argues and how it leads on, and the ideas the page quotes. */
export interface SectionNote {
  id: PaperPart;
  summary: Localized;
  quote: NodeId[];
}

const SectionsFile = z.strictObject({ sections: z.array(SectionNoteInput) });

function parseYaml(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: parse(text) };
  } catch (e) {
    return { ok: false, message: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'invalid YAML' };
  }
}

/**
 * The section notes and their problems, from the text of content/paper-sections.yaml.
 * `entriesOf` gives the entries a node appears under (undefined for an unknown id): an idea
 * the page quotes must be cited in that section.
 */
export function checkSectionNotes(
  text: string,
  entriesOf: (id: string) => readonly PaperPart[] | undefined,
): { notes: SectionNote[]; problems: Problem[] } {
  const problem = (id: string, field: string, message: string, fix: string): Problem => ({
    file: SECTIONS_FILE,
    id,
    field,
    message,
    fix,
  });
  const yaml = parseYaml(text);
  if (!yaml.ok) return { notes: [], problems: [problem('(file)', '(YAML syntax)', yaml.message, 'correct the YAML')] };
  const parsed = SectionsFile.safeParse(yaml.value);
  if (!parsed.success)
    return {
      notes: [],
      problems: parsed.error.issues.map((i) =>
        problem('(file)', i.path.join('.'), i.message, 'see the rules at the top of the file'),
      ),
    };
  const problems: Problem[] = [];
  const notes: SectionNote[] = [];
  const known = new Map<string, PaperPart>(PAPER_SECTIONS.map((s) => [s.id, s.id]));
  for (const note of parsed.data.sections) {
    const id = known.get(note.id);
    if (id === undefined) {
      problems.push(
        problem(
          note.id,
          'id',
          `"${note.id}" is not a section of the paper`,
          `use one of ${[...known.keys()].join(', ')}`,
        ),
      );
      continue;
    }
    if (notes.some((n) => n.id === id))
      problems.push(problem(note.id, 'id', 'the section has two entries', 'keep one'));
    for (const q of note.quote) {
      const entries = entriesOf(q);
      if (entries === undefined)
        problems.push(problem(note.id, 'quote', `"${q}" is not a node`, 'use an id from graph/data/*.yaml'));
      else if (!entries.includes(id))
        problems.push(
          problem(
            note.id,
            'quote',
            `"${q}" is not cited in this section`,
            'quote only ideas whose citations name the section',
          ),
        );
    }
    notes.push({ ...note, id });
  }
  for (const s of PAPER_SECTIONS)
    if (!notes.some((n) => n.id === s.id))
      problems.push(
        problem(
          s.id,
          '(entry)',
          'the section has no entry',
          'add its summary in both languages and the ideas to quote',
        ),
      );
  return { notes, problems };
}

let cachedRecord: PaperRecord | undefined;

/** The paper's record; an invalid file fails the build with its problems. */
export function loadPaperRecord(): PaperRecord {
  if (cachedRecord) return cachedRecord;
  const { record, problems } = checkPaperRecord(read(PAPER_FILE));
  if (problems.length > 0) throw new Error(`${PAPER_FILE}:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
  cachedRecord = record;
  return record;
}

let cachedNotes: ReadonlyMap<PaperPart, SectionNote> | undefined;

/** Our note on each section, by section id. */
export function loadSectionNotes(
  entriesOf: (id: string) => readonly PaperPart[] | undefined,
): ReadonlyMap<PaperPart, SectionNote> {
  if (cachedNotes) return cachedNotes;
  const { notes, problems } = checkSectionNotes(read(SECTIONS_FILE), entriesOf);
  if (problems.length > 0)
    throw new Error(`${SECTIONS_FILE}:\n${problems.map((p) => `  ${p.id} ${p.field}: ${p.message}`).join('\n')}`);
  cachedNotes = new Map(notes.map((n) => [n.id, n]));
  return cachedNotes;
}
